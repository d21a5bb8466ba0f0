/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.riskportfolio;

import java.util.Locale;
import java.util.ResourceBundle;

/** The nine measures against insurance-related risks of Table 16 (columns 3 to 11), in the guide's order. */
public enum RiskMeasure {
	WP, DED, COP, MAX, PRI, REF, PAY, RAT, SEL;

	/** @return the measure's name in {@code locale} (English or French) */
	public String label(Locale locale) {
		return ResourceBundle.getBundle(ReferenceGrid.LABELS, locale, RiskMeasure.class.getClassLoader())
				.getString("measure." + name());
	}
}
