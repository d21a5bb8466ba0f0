/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.hmis.eval.interchange.internal.CsvParser;
import org.hmis.eval.interchange.internal.CsvParser.CsvSyntaxException;
import org.hmis.eval.interchange.internal.CsvRecord;
import org.junit.jupiter.api.Test;

/** RFC 4180 parsing with the line numbers errors are reported at. */
class CsvParserTest {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws CsvSyntaxException {
		List<CsvRecord> records = CsvParser.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row\n");
		assertEquals(List.of("a", "b"), records.get(0).fields());
		assertEquals(List.of("x, y", "say \"hi\""), records.get(1).fields());
		assertEquals(List.of("two\nlines", "z"), records.get(2).fields());
		assertEquals(3, records.get(2).line());
		assertEquals(5, records.get(3).line(), "the record after a two-line field starts on line 5");
	}

	@Test
	void skipsAByteOrderMark() throws CsvSyntaxException {
		assertEquals(List.of("key", "value"), CsvParser.parse("\uFEFFkey,value\n").get(0).fields());
	}

	@Test
	void refusesALastRowWithoutItsLineBreakAtTheLineWhereItStarts() {
		CsvSyntaxException error = assertThrows(CsvSyntaxException.class,
				() -> CsvParser.parse("year,line\n2006,A\n2006,\"B\nb\""));
		assertEquals(3, error.line());
		assertEquals("the last row ends without a line break: the file may be truncated", error.getMessage());
	}

	@Test
	void acceptsBlankFinalLinesAndTrailingSpaces() throws CsvSyntaxException {
		assertEquals(2, CsvParser.parse("year,line\r\n2006,A\r\n\r\n").stream().filter(r -> !r.isBlank()).count());
		assertEquals(2, CsvParser.parse("year,line\n2006,A\n  ").stream().filter(r -> !r.isBlank()).count());
	}

	@Test
	void reportsAnUnclosedQuoteAtTheLineWhereItOpens() {
		CsvSyntaxException error = assertThrows(CsvSyntaxException.class,
				() -> CsvParser.parse("year,line\n2006,\"A\n"));
		assertEquals(2, error.line());
	}
}
