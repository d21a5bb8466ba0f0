/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.hmis.eval.model.Scheme;
import org.hmis.eval.report.internal.BirtRendering;
import org.hmis.eval.report.internal.DossierRows;

/**
 * Renders the evaluation dossier an evaluator hands over: the scheme's profile, Tables 1 and 2,
 * hidden costs and every indicator with formula and inputs, in English or French.
 */
public final class DossierReport {

	private static final String DESIGN = "/reports/evaluation-dossier.rptdesign";

	/** Design parameters whose text comes from {@code dossier.<name>} in the messages. */
	private static final String[] LABELS = { "section_profile", "section_incomeStatement", "section_balanceSheet",
			"section_hiddenCosts", "section_indicators", "col_setting", "col_value", "col_line", "col_label",
			"col_activity", "col_cost", "col_included", "col_training", "col_family", "col_code",
			"col_title", "col_formula", "col_inputs", "section_table7", "section_table9", "section_table21", "section_table22", "section_providers", "col_providers_1", "col_providers_2", "col_providers_3", "col_providers_4", "col_table7_1", "col_table7_2", "col_table7_3", "col_table7_4", "col_table7_5", "col_table7_6", "col_table7_7", "col_table7_8", "col_table9_1", "col_table9_2", "col_table9_3", "col_table9_4", "col_table9_5", "col_table21_1", "col_table21_2", "col_table21_3", "col_table21_4", "col_table22_1", "col_table22_2", "col_table22_3", "col_table22_4", "col_table22_5" };

	private DossierReport() {
	}

	/** Renders the dossier to {@code target}, atomically. */
	public static void render(DossierContent content, ReportFormat format, Locale locale, Path target)
			throws ReportException {
		ReportMessages messages = ReportMessages.of(locale);
		DossierRows rows = new DossierRows(content, locale, messages::get);
		BirtRendering.toFile(DESIGN, parameters(content, messages), rows.all(), format, locale, target);
	}

	private static Map<String, Object> parameters(DossierContent content, ReportMessages messages) {
		Scheme scheme = content.evaluation().getScheme();
		String name = scheme != null && scheme.getName() != null ? scheme.getName() : "";
		String currency = scheme != null && scheme.getCurrency() != null ? scheme.getCurrency() : messages.get("missing");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("heading", messages.format("dossier.heading", name, String.valueOf(content.year())));
		parameters.put("subheading", messages.format("dossier.subheading", currency));
		// The three years of Tables 1 and 2, side by side.
		parameters.put("col_year_n2", String.valueOf(content.year() - 2));
		parameters.put("col_year_n1", String.valueOf(content.year() - 1));
		parameters.put("col_year_n", String.valueOf(content.year()));
		for (String label : LABELS) {
			parameters.put(label, messages.format("dossier." + label));
		}
		return parameters;
	}
}
