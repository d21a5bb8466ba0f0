/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.format;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the format reference ({@code docs/interchange.md}, {@code docs/interchange.fr.md}) from
 * the declarations: one section per file with a table of its columns. The page is generated, so it
 * cannot drift from what the importer reads; a test compares it with the committed page.
 */
public final class FormatReference {

	private final FormatTexts texts;

	private FormatReference(Locale locale) {
		this.texts = new FormatTexts(locale);
	}

	/** @return the reference in Markdown, in the language of {@code locale} (English or French) */
	public static String markdown(Locale locale) {
		return new FormatReference(locale).page();
	}

	private String page() {
		StringBuilder page = new StringBuilder();
		page.append("# ").append(texts.label("title")).append("\n\n");
		page.append("<!-- ").append(texts.label("generated")).append(" -->\n\n");
		page.append(texts.label("contract")).append("\n\n");
		page.append(texts.label("rules")).append("\n\n");
		page.append("## ").append(texts.label("files")).append("\n\n");
		page.append(row(texts.label("file"), texts.label("origin"), texts.label("row")));
		page.append(row("---", "---", "---"));
		for (InterchangeFile file : InterchangeFormat.files()) {
			page.append(row("[`" + file.name() + "`](#" + anchor(file) + ")",
					texts.label("origin." + file.origin().name()), texts.describe(file)));
		}
		for (InterchangeFile file : InterchangeFormat.files()) {
			page.append('\n').append(section(file));
		}
		return page.toString();
	}

	private String section(InterchangeFile file) {
		StringBuilder section = new StringBuilder();
		section.append("## `").append(file.name()).append("`\n\n");
		String origin = texts.label("origin");
		section.append(texts.describe(file)).append(' ').append(Character.toUpperCase(origin.charAt(0)))
				.append(origin.substring(1)).append(": ")
				.append(texts.label("origin." + file.origin().name())).append(". ").append(texts.label("sheet"))
				.append(" `").append(file.stem()).append("`.\n\n");
		if (file.layout() != InterchangeFile.Layout.ROWS) {
			section.append(texts.label("layout." + file.layout().name())).append("\n\n");
		}
		String first = file.layout() == InterchangeFile.Layout.SETTINGS ? texts.label("key") : texts.label("column");
		section.append(row(first, texts.label("required"), texts.label("type"), texts.label("values"),
				texts.label("default"), texts.label("unit"), texts.label("description")));
		section.append(row("---", "---", "---", "---", "---", "---", "---"));
		for (Column column : file.columns()) {
			section.append(row("`" + column.name() + "`", required(column), texts.label("type." + column.type().name()),
					values(column), column.defaultText().map(text -> "`" + text + "`").orElse(""),
					texts.label("unit." + column.unit().name()), texts.describe(column)));
		}
		return section.toString();
	}

	private String required(Column column) {
		if (column.isKey()) {
			return texts.label("yes.key");
		}
		return column.isRequired() ? texts.label("yes") : "";
	}

	private static String values(Column column) {
		return switch (column.type()) {
		case CHOICE -> column.choices().stream().map(code -> "`" + code + "`").collect(Collectors.joining(", "));
		case WHOLE_NUMBER -> column.min() + "–" + column.max();
		default -> "";
		};
	}

	/** @return the anchor GitHub gives the file's heading */
	private static String anchor(InterchangeFile file) {
		return file.name().replace(".", "");
	}

	private static String row(String... cells) {
		List<String> escaped = List.of(cells).stream().map(cell -> cell.replace("|", "\\|")).toList();
		return "| " + String.join(" | ", escaped) + " |\n";
	}
}
