/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import static org.hmis.eval.interchange.format.Column.of;
import static org.hmis.eval.interchange.format.ColumnType.TEXT;
import static org.hmis.eval.interchange.format.ColumnType.WHOLE_NUMBER;
import static org.hmis.eval.interchange.format.InterchangeFormat.FIRST_YEAR;
import static org.hmis.eval.interchange.format.InterchangeFormat.LAST_YEAR;

import java.util.Locale;

import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.Unit;
import org.hmis.eval.model.text.TextBundle;

/**
 * {@code network.csv}, declared once with the interchange format's types (interchange
 * specification, section 4): the same reader types its cells and places its problems at
 * {@code file:line:column}. One row per organization and span of years; an organization that
 * changes parent has a row per span. Descriptions in {@code network_columns[_fr].properties}.
 */
public final class NetworkFormat {

	/** The file's name in a network folder. */
	public static final String FILE_NAME = "network.csv";

	public static final Column ID = of("id", TEXT).required();
	public static final Column NAME = of("name", TEXT).required();
	public static final Column LEVEL = of("level", TEXT).required();
	public static final Column PARENT = of("parent", TEXT);
	public static final Column REGION = of("region", TEXT);
	public static final Column DISTRICT = of("district", TEXT);
	public static final Column COUNTRY = of("country", TEXT);
	public static final Column FROM_YEAR = of("from_year", WHOLE_NUMBER).between(FIRST_YEAR, LAST_YEAR).unit(Unit.YEAR);
	public static final Column TO_YEAR = of("to_year", WHOLE_NUMBER).between(FIRST_YEAR, LAST_YEAR).unit(Unit.YEAR);

	public static final InterchangeFile NETWORK = InterchangeFile.standalone(FILE_NAME, ID, NAME, LEVEL, PARENT,
			REGION, DISTRICT, COUNTRY, FROM_YEAR, TO_YEAR);

	private static final TextBundle DESCRIPTIONS = TextBundle.of(NetworkFormat.class,
			"org.hmis.eval.network.network_columns");

	private NetworkFormat() {
	}

	/** @return what the file holds, in a language */
	public static String describeFile(Locale locale) {
		return DESCRIPTIONS.text("network").text(locale);
	}

	/** @return what a value of one of the file's columns means, in a language */
	public static String describe(Column column, Locale locale) {
		return DESCRIPTIONS.text("network." + column.name()).text(locale);
	}
}
