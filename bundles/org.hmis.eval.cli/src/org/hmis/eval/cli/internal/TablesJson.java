/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.IntFunction;

import org.hmis.eval.sheets.BeneficiaryColumn;
import org.hmis.eval.sheets.CategoryShare;
import org.hmis.eval.sheets.ClaimsSheet;
import org.hmis.eval.sheets.MonitoringSheets;
import org.hmis.eval.sheets.SheetRowKey;

/**
 * Writes the {@code tables} member of the results (interchange specification, section 4):
 * T7 (beneficiaries), T8 (claims listing), T9 (structure of claims), T10 (average cost) and T11
 * (frequency). Figures that cannot be computed, or concern a service a provider does not offer,
 * are written as {@code null}, never as 0.
 */
final class TablesJson {

	private TablesJson() {
	}

	static void write(JsonWriter json, MonitoringSheets sheets) {
		json.beginObject();
		t7(json, sheets);
		ClaimsSheet claims = sheets.claims();
		if (!claims.rows().isEmpty() && !claims.providers().isEmpty()) {
			t8(json, sheets);
			t9(json, sheets);
			t10(json, sheets);
			t11(json, sheets);
		}
		json.endObject();
	}

	private static void t7(JsonWriter json, MonitoringSheets sheets) {
		json.name("T7").beginObject();
		for (BeneficiaryColumn column : BeneficiaryColumn.values()) {
			json.name(column.key()).beginInlineArray();
			for (Long value : sheets.beneficiaries().monthly(column)) {
				if (value == null) {
					json.value((String) null);
				} else {
					json.value((long) value);
				}
			}
			json.endArray();
		}
		json.name("annual_average").beginObject();
		for (BeneficiaryColumn column : List.of(BeneficiaryColumn.X, BeneficiaryColumn.Y, BeneficiaryColumn.DEPENDENTS)) {
			json.name(column.key()).decimal(sheets.beneficiaries().annualAverage(column).orElse(null));
		}
		json.endObject();
		json.endObject();
	}

	private static void t8(JsonWriter json, MonitoringSheets sheets) {
		ClaimsSheet claims = sheets.claims();
		json.name("T8").beginArray();
		for (SheetRowKey row : claims.rows()) {
			boolean offered = claims.isOffered(row);
			rowStart(json, row);
			monthly(json, "counts", month -> offered ? BigDecimal.valueOf(claims.count(row, month)) : null);
			monthly(json, "costs", month -> offered ? claims.cost(row, month) : null);
			json.endObject();
		}
		json.endArray();
	}

	private static void t9(JsonWriter json, MonitoringSheets sheets) {
		json.name("T9").beginArray();
		for (CategoryShare share : sheets.structure()) {
			json.beginObject();
			json.name("category").value(share.category());
			json.name("count").value(share.count());
			json.name("count_pct").decimal(share.countShare().orElse(null));
			json.name("cost").decimal(share.cost());
			json.name("cost_pct").decimal(share.costShare().orElse(null));
			json.endObject();
		}
		json.endArray();
	}

	private static void t10(JsonWriter json, MonitoringSheets sheets) {
		json.name("T10").beginArray();
		for (SheetRowKey row : sheets.claims().rows()) {
			rowStart(json, row);
			monthly(json, "monthly", month -> sheets.averageCost(row, month).orElse(null));
			json.name("annual").decimal(sheets.annualAverageCost(row).orElse(null));
			json.endObject();
		}
		json.endArray();
	}

	private static void t11(JsonWriter json, MonitoringSheets sheets) {
		json.name("T11").beginArray();
		for (SheetRowKey row : sheets.claims().rows()) {
			rowStart(json, row);
			monthly(json, "monthly", month -> sheets.frequency(row, month).orElse(null));
			json.name("annual").decimal(sheets.annualFrequency(row).orElse(null));
			json.endObject();
		}
		json.endArray();
	}

	private static void rowStart(JsonWriter json, SheetRowKey row) {
		json.beginObject();
		json.name("provider").value(row.provider());
		json.name("category").value(row.category());
	}

	private static void monthly(JsonWriter json, String name, IntFunction<BigDecimal> value) {
		json.name(name).beginInlineArray();
		for (int month = 1; month <= 12; month++) {
			json.decimal(value.apply(month));
		}
		json.endArray();
	}
}
