/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 text of a byte stream: unlike {@link java.io.InputStreamReader}, which decodes ahead
 * of what it returns, it hands out every character before a malformed sequence and only then
 * reports it, so that the reader of the text knows on which line the bad bytes are.
 */
final class Utf8Reader extends Reader {

	private final InputStream in;
	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).limit(0);
	private boolean endOfInput;
	private boolean flushed;
	private CharacterCodingException pending;

	Utf8Reader(InputStream in) {
		this.in = in;
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (pending != null) {
			throw pending;
		}
		if (flushed) {
			return -1;
		}
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(target, offset, length);
		while (true) {
			var result = decoder.decode(bytes, out, endOfInput);
			if (result.isError()) {
				pending = new MalformedInputException(result.length());
				if (out.position() > offset) {
					return out.position() - offset;
				}
				throw pending;
			}
			if (result.isOverflow() || out.position() > offset && !endOfInput) {
				return out.position() - offset;
			}
			if (endOfInput) {
				decoder.flush(out);
				flushed = true;
				int read = out.position() - offset;
				return read == 0 ? -1 : read;
			}
			bytes.compact();
			int read = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
			if (read < 0) {
				endOfInput = true;
			} else {
				bytes.position(bytes.position() + read);
			}
			bytes.flip();
		}
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
