import { graphql } from '../graphql';
import type { ComplaintFilter, OverviewQuery, OverviewQueryVariables } from '../graphql/graphql';
import { createGraphqlClient, runQuery, type Fetch } from './graphql';

/** How many complaints the overview lists (the newest page the router returns). */
export const OVERVIEW_PAGE_SIZE = 20;

export const OverviewDocument = graphql(`
	query Overview($complaintFilter: ComplaintFilter) {
		provinces(first: 100) {
			edges {
				node {
					code
					nameTh
					nameEn
				}
			}
		}
		complaints(first: 20, filter: $complaintFilter) {
			totalCount
			edges {
				node {
					id
					referenceNo
					receivedAt
					channel
					status
					respondentName
					respondent {
						id
						nameTh
						instruments(first: 3) {
							totalCount
							edges {
								node {
									instrumentNo
									type
								}
							}
						}
					}
					province {
						code
						nameTh
					}
				}
			}
		}
	}
`);

export type ProvinceOption = OverviewQuery['provinces']['edges'][number]['node'];
export type ComplaintRow = OverviewQuery['complaints']['edges'][number]['node'];

export interface Overview {
	/** Provinces for the selector, in the order the router returns them. */
	provinces: ProvinceOption[];
	/** Total number of complaints matching the filter (may exceed `complaints.length`). */
	totalCount: number;
	/** The first page of matching complaints. */
	complaints: ComplaintRow[];
}

/**
 * Loads the complaints overview: the province list and the first page of
 * complaints, optionally restricted to one province (by its code, e.g. `"50"`).
 * Throws `GraphqlRequestError` when the router is unreachable or fails.
 */
export async function loadOverview(fetchFn: Fetch, provinceCode?: string): Promise<Overview> {
	const complaintFilter: ComplaintFilter | undefined = provinceCode
		? { provinceCodes: [provinceCode] }
		: undefined;
	const variables: OverviewQueryVariables = complaintFilter ? { complaintFilter } : {};

	const data = await runQuery(createGraphqlClient(fetchFn), OverviewDocument, variables);

	return {
		provinces: data.provinces.edges.map((edge) => edge.node),
		totalCount: data.complaints.totalCount,
		complaints: data.complaints.edges.map((edge) => edge.node)
	};
}
