/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets.registers;

import java.util.ArrayList;
import java.util.List;

import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.ClaimTable;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.sheets.ClaimsEntry;

/**
 * Table 8 from the claims register in one pass (specification section 3): authorized claims in
 * the month of their service date, counted and costed per provider and category with ints and
 * exact scaled amounts. Every provider-category pair the register names appears, in the order
 * first named, so that a pair without claims this year shows zeros and a pair never named "–".
 */
final class ClaimsListing {

	private ClaimsListing() {
	}

	static List<ClaimsEntry> derive(RegisterTables tables, AccountingCalendar calendar) {
		ClaimTable claims = tables.claims();
		MonthBounds bounds = new MonthBounds(calendar);
		int categories = tables.categories().size();
		int pairs = tables.providers().size() * categories;
		int[] order = new int[Math.min(pairs, claims.size())];
		int named = 0;
		boolean[] seen = new boolean[pairs];
		long[] counts = new long[pairs * 12];
		long[] costs = new long[pairs * 12];
		for (int row = 0; row < claims.size(); row++) {
			int pair = claims.provider(row) * categories + claims.category(row);
			if (!seen[pair]) {
				seen[pair] = true;
				order[named++] = pair;
			}
			int month = bounds.monthOf(claims.service(row));
			if (month == 0 || !claims.isAuthorized(row)) {
				continue;
			}
			int cell = pair * 12 + month - 1;
			counts[cell]++;
			costs[cell] = Math.addExact(costs[cell], claims.covered(row));
		}
		List<ClaimsEntry> entries = new ArrayList<>(named * 12);
		for (int i = 0; i < named; i++) {
			int pair = order[i];
			String provider = tables.providers().text(pair / categories);
			String category = tables.categories().text(pair % categories);
			for (int j = 1; j <= 12; j++) {
				int cell = pair * 12 + j - 1;
				entries.add(new ClaimsEntry(j, provider, category, counts[cell], Amounts.decimal(costs[cell])));
			}
		}
		return entries;
	}
}
