import { graphql } from '../graphql';
import { createGraphqlClient, runQuery, type Fetch } from './graphql';

export const SurveillancePlansDocument = graphql(`
	query SurveillancePlans($first: Int, $after: String) {
		surveillancePlans(first: $first, after: $after) {
			totalCount
			pageInfo {
				hasNextPage
				endCursor
			}
			edges {
				node {
					id
					planNo
					kind
					title
					officeCode
					provinceCodes
					areaDescription
					startsOn
					endsOn
					status
					results {
						id
						offenceFound
					}
				}
			}
		}
	}
`);

export async function loadSurveillancePlans(fetchFn: Fetch, after?: string) {
	return (await runQuery(createGraphqlClient(fetchFn), SurveillancePlansDocument, { first: 50, ...(after ? { after } : {}) })).surveillancePlans;
}
