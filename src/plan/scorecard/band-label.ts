// The band's words are the domain's, so the RAG reason and the scorecard write a band alike.
export { bandLabel } from "../../domain/format/band-text";
