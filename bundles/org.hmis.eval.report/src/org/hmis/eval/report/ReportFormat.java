/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.report;

import java.util.Arrays;
import java.util.Optional;

/** The document formats the reports can be rendered to. */
public enum ReportFormat {
	PDF("pdf"), HTML("html"), DOCX("docx");

	private final String birtName;

	ReportFormat(String birtName) {
		this.birtName = birtName;
	}

	/** @return the name BIRT's emitters register, also used as file extension */
	public String birtName() {
		return birtName;
	}

	/** @return the format named as on the command line ("pdf", "html", "docx") */
	public static Optional<ReportFormat> named(String name) {
		return Arrays.stream(values()).filter(format -> format.birtName.equalsIgnoreCase(name)).findFirst();
	}
}
