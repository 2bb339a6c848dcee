import type { IExecuteFunctions } from 'n8n-workflow';

/**
 * The bytes of an item's binary property as a stream of chunks when n8n keeps them on disk
 * (filesystem or S3 mode), so a large file is parsed without first being read whole into memory;
 * inline (base64) data is one chunk.
 */
export async function binaryChunks(
	ctx: IExecuteFunctions,
	itemIndex: number,
	propertyName: string,
): Promise<AsyncIterable<Uint8Array> | Uint8Array> {
	const binary = ctx.helpers.assertBinaryData(itemIndex, propertyName);
	if (binary.id) return await ctx.helpers.getBinaryStream(binary.id);
	return await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
}

/** The whole binary property as one buffer, for formats that cannot be parsed piecewise. */
export async function binaryBytes(ctx: IExecuteFunctions, itemIndex: number, propertyName: string): Promise<Buffer> {
	ctx.helpers.assertBinaryData(itemIndex, propertyName);
	return await ctx.helpers.getBinaryDataBuffer(itemIndex, propertyName);
}
