/** A validated entry: the same shape for sheets, parts and chapters, and for Astro's entries. */
export interface Entry<Data> {
	/** The slug: the file name without extension. */
	id: string;
	/** Path relative to the project root. */
	file: string;
	data: Data;
	body: string;
}
