/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hmis.eval.report.internal.BirtRendering;
import org.hmis.eval.report.internal.SummaryRows;

/** Renders the one-page evaluation summary: the scheme, the year and every indicator. */
public final class SummaryReport {

	private static final String DESIGN = "/reports/evaluation-summary.rptdesign";

	private SummaryReport() {
	}

	/** Renders {@code content} in {@code format} and {@code locale} to {@code target}, atomically. */
	public static void render(SummaryContent content, ReportFormat format, Locale locale, Path target)
			throws ReportException {
		BirtRendering.toFile(DESIGN, parameters(content, locale), rows(content, locale), format, locale, target);
	}

	/** Renders {@code content} to a stream (the caller owns and closes it). */
	public static void render(SummaryContent content, ReportFormat format, Locale locale, OutputStream out)
			throws ReportException {
		BirtRendering.toStream(DESIGN, parameters(content, locale), rows(content, locale), format, locale, out);
	}

	private static Map<String, Object> parameters(SummaryContent content, Locale locale) {
		ReportMessages messages = ReportMessages.of(locale);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("schemeName", content.schemeName());
		parameters.put("heading", messages.format("summary.heading", content.schemeName(), String.valueOf(content.year())));
		for (String column : new String[] { "columnCode", "columnTitle", "columnValue", "columnFormula", "columnInputs" }) {
			parameters.put(column, messages.get("summary." + column));
		}
		return parameters;
	}

	private static Map<String, Object> rows(SummaryContent content, Locale locale) {
		return Map.of("hmis.indicatorRows", SummaryRows.of(content, locale));
	}
}
