/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.riskportfolio;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One line of the reference list of services (Table 16): its group and kind, its exposure to
 * insurance-related risks (1 to 3), and for G.2 its maximum score and the measures that earn a
 * point. Medicines of most groups have no score of their own (the guide counts medicines once).
 */
public record ReferenceService(String code, String group, String kind, int exposure, OptionalInt g2Score,
		Set<RiskMeasure> g2Measures) {

	public ReferenceService {
		g2Measures = Set.copyOf(g2Measures);
	}

	public String label(Locale locale) {
		return bundle(locale).getString("service." + code);
	}

	public String groupLabel(Locale locale) {
		return bundle(locale).getString("group." + group);
	}

	public String kindLabel(Locale locale) {
		return bundle(locale).getString("kind." + kind);
	}

	private static ResourceBundle bundle(Locale locale) {
		return ResourceBundle.getBundle(ReferenceGrid.LABELS, locale, ReferenceService.class.getClassLoader());
	}
}
