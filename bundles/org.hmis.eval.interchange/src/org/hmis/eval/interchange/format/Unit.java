/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.format;

/** What a number of a column measures; shown in the format reference. */
public enum Unit {
	/** Not a measure: a code, a name, a date, a yes/no. */
	NONE,
	/** An amount in the scheme's currency. */
	CURRENCY,
	/** People, members, beneficiaries, cases or services counted. */
	COUNT,
	/** A fraction: 0.01 stands for 1 %. */
	FRACTION,
	/** A percentage: 12.5 stands for 12.5 %. */
	PERCENT,
	/** A calendar year. */
	YEAR,
	/** A month of the accounting year, 1 to 12. */
	MONTH,
	/** Days. */
	DAYS,
	/** Square kilometres. */
	SQUARE_KM,
	/** Persons per household. */
	PERSONS,
	/** A score on the scale the column states. */
	SCORE
}
