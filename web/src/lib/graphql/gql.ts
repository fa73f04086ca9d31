/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n\tquery Overview($complaintFilter: ComplaintFilter) {\n\t\tprovinces(first: 100) {\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tcode\n\t\t\t\t\tnameTh\n\t\t\t\t\tnameEn\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tcomplaints(first: 20, filter: $complaintFilter) {\n\t\t\ttotalCount\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tid\n\t\t\t\t\treferenceNo\n\t\t\t\t\treceivedAt\n\t\t\t\t\tchannel\n\t\t\t\t\tstatus\n\t\t\t\t\trespondentName\n\t\t\t\t\trespondent {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t\tinstruments(first: 3) {\n\t\t\t\t\t\t\ttotalCount\n\t\t\t\t\t\t\tedges {\n\t\t\t\t\t\t\t\tnode {\n\t\t\t\t\t\t\t\t\tinstrumentNo\n\t\t\t\t\t\t\t\t\ttype\n\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t\tprovince {\n\t\t\t\t\t\tcode\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.OverviewDocument,
};
const documents: Documents = {
    "\n\tquery Overview($complaintFilter: ComplaintFilter) {\n\t\tprovinces(first: 100) {\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tcode\n\t\t\t\t\tnameTh\n\t\t\t\t\tnameEn\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tcomplaints(first: 20, filter: $complaintFilter) {\n\t\t\ttotalCount\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tid\n\t\t\t\t\treferenceNo\n\t\t\t\t\treceivedAt\n\t\t\t\t\tchannel\n\t\t\t\t\tstatus\n\t\t\t\t\trespondentName\n\t\t\t\t\trespondent {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t\tinstruments(first: 3) {\n\t\t\t\t\t\t\ttotalCount\n\t\t\t\t\t\t\tedges {\n\t\t\t\t\t\t\t\tnode {\n\t\t\t\t\t\t\t\t\tinstrumentNo\n\t\t\t\t\t\t\t\t\ttype\n\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t\tprovince {\n\t\t\t\t\t\tcode\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.OverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery Overview($complaintFilter: ComplaintFilter) {\n\t\tprovinces(first: 100) {\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tcode\n\t\t\t\t\tnameTh\n\t\t\t\t\tnameEn\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tcomplaints(first: 20, filter: $complaintFilter) {\n\t\t\ttotalCount\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tid\n\t\t\t\t\treferenceNo\n\t\t\t\t\treceivedAt\n\t\t\t\t\tchannel\n\t\t\t\t\tstatus\n\t\t\t\t\trespondentName\n\t\t\t\t\trespondent {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t\tinstruments(first: 3) {\n\t\t\t\t\t\t\ttotalCount\n\t\t\t\t\t\t\tedges {\n\t\t\t\t\t\t\t\tnode {\n\t\t\t\t\t\t\t\t\tinstrumentNo\n\t\t\t\t\t\t\t\t\ttype\n\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t\tprovince {\n\t\t\t\t\t\tcode\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery Overview($complaintFilter: ComplaintFilter) {\n\t\tprovinces(first: 100) {\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tcode\n\t\t\t\t\tnameTh\n\t\t\t\t\tnameEn\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tcomplaints(first: 20, filter: $complaintFilter) {\n\t\t\ttotalCount\n\t\t\tedges {\n\t\t\t\tnode {\n\t\t\t\t\tid\n\t\t\t\t\treferenceNo\n\t\t\t\t\treceivedAt\n\t\t\t\t\tchannel\n\t\t\t\t\tstatus\n\t\t\t\t\trespondentName\n\t\t\t\t\trespondent {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t\tinstruments(first: 3) {\n\t\t\t\t\t\t\ttotalCount\n\t\t\t\t\t\t\tedges {\n\t\t\t\t\t\t\t\tnode {\n\t\t\t\t\t\t\t\t\tinstrumentNo\n\t\t\t\t\t\t\t\t\ttype\n\t\t\t\t\t\t\t\t}\n\t\t\t\t\t\t\t}\n\t\t\t\t\t\t}\n\t\t\t\t\t}\n\t\t\t\t\tprovince {\n\t\t\t\t\t\tcode\n\t\t\t\t\t\tnameTh\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;