/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.math.BigDecimal;

/**
 * A small JSON writer producing indented output. Numbers are written exactly as given (values
 * stay unrounded); strings are escaped per RFC 8259.
 */
final class JsonWriter {

	private final StringBuilder out = new StringBuilder();
	private int depth;
	/** True until the current object or array has its first member. */
	private boolean first = true;
	/** True between a member name and its value, which then needs no separator. */
	private boolean afterName;
	/** Depth of the innermost array written on one line, or -1. */
	private int inlineDepth = -1;

	JsonWriter beginObject() {
		separate();
		out.append('{');
		depth++;
		first = true;
		return this;
	}

	JsonWriter endObject() {
		return close('}');
	}

	JsonWriter beginArray() {
		separate();
		out.append('[');
		depth++;
		first = true;
		return this;
	}

	JsonWriter endArray() {
		if (inlineDepth == depth) {
			depth--;
			inlineDepth = -1;
			out.append(']');
			first = false;
			return this;
		}
		return close(']');
	}

	/** Starts an array of numbers written on one line, as monthly series read best. */
	JsonWriter beginInlineArray() {
		beginArray();
		inlineDepth = depth;
		return this;
	}

	/** Writes a member name; the next call writes its value. */
	JsonWriter name(String name) {
		separate();
		string(name);
		out.append(": ");
		afterName = true;
		return this;
	}

	JsonWriter value(String text) {
		separate();
		if (text == null) {
			out.append("null");
		} else {
			string(text);
		}
		return this;
	}

	JsonWriter value(BigDecimal number) {
		separate();
		out.append(number == null ? "null" : number.stripTrailingZeros().toPlainString());
		return this;
	}

	/** Writes a computed figure as a double (full double precision), or null when there is none. */
	JsonWriter decimal(BigDecimal number) {
		if (number == null) {
			separate();
			out.append("null");
			return this;
		}
		return value(number.doubleValue());
	}

	/** Writes a double; callers never pass NaN or infinities (they are not computable). */
	JsonWriter value(double number) {
		separate();
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			throw new IllegalArgumentException("not a JSON number: " + number);
		}
		out.append(number);
		return this;
	}

	JsonWriter value(boolean flag) {
		separate();
		out.append(flag);
		return this;
	}

	JsonWriter value(long number) {
		separate();
		out.append(number);
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}

	private void separate() {
		if (afterName) {
			afterName = false;
			return;
		}
		if (depth > 0) {
			if (!first) {
				out.append(',');
			}
			if (inlineDepth == depth) {
				if (!first) {
					out.append(' ');
				}
			} else {
				newline();
			}
		}
		first = false;
	}

	private JsonWriter close(char bracket) {
		depth--;
		if (!first) {
			newline();
		}
		out.append(bracket);
		first = false;
		return this;
	}

	private void newline() {
		out.append('\n');
		out.append("  ".repeat(depth));
	}

	private void string(String text) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}
