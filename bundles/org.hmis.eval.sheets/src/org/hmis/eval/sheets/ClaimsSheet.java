/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.sheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Table 8 for one accounting year: claims by provider, service category and month, with the
 * totals by provider, by category and overall. A provider offers a category when the listing has
 * at least one row for the pair, even with no claims; a pair it does not offer has no figures
 * at all, which is not the same as zero claims.
 */
public final class ClaimsSheet {

	private final List<ClaimsEntry> entries;
	private final Set<String> providers = new LinkedHashSet<>();
	private final Set<String> categories = new LinkedHashSet<>();
	private final Set<SheetRowKey> offered = new LinkedHashSet<>();

	public ClaimsSheet(List<ClaimsEntry> entries) {
		this.entries = List.copyOf(entries);
		for (ClaimsEntry entry : this.entries) {
			providers.add(entry.provider());
			categories.add(entry.category());
			offered.add(new SheetRowKey(entry.provider(), entry.category()));
		}
	}

	/** @return the providers, in the order the listing first names them */
	public List<String> providers() {
		return List.copyOf(providers);
	}

	/** @return the service categories, in the order the listing first names them */
	public List<String> categories() {
		return List.copyOf(categories);
	}

	/**
	 * @return every row of the sheet: each provider with each category, then each provider with
	 *         ALL categories, each category with ALL providers, and ALL with ALL
	 */
	public List<SheetRowKey> rows() {
		List<SheetRowKey> rows = new ArrayList<>();
		for (String provider : providers) {
			for (String category : categories) {
				rows.add(new SheetRowKey(provider, category));
			}
		}
		for (String provider : providers) {
			rows.add(new SheetRowKey(provider, SheetRowKey.ALL));
		}
		for (String category : categories) {
			rows.add(new SheetRowKey(SheetRowKey.ALL, category));
		}
		rows.add(new SheetRowKey(SheetRowKey.ALL, SheetRowKey.ALL));
		return rows;
	}

	/** @return true when at least one provider-category pair covered by the row is offered */
	public boolean isOffered(SheetRowKey row) {
		return offered.stream().anyMatch(pair -> (SheetRowKey.ALL.equals(row.provider()) || row.provider().equals(pair.provider()))
				&& (SheetRowKey.ALL.equals(row.category()) || row.category().equals(pair.category())));
	}

	/** @return the number of claims of the row in a month (1 to 12) */
	public long count(SheetRowKey row, int month) {
		return entries.stream().filter(e -> e.month() == month && row.matches(e)).mapToLong(ClaimsEntry::count).sum();
	}

	/** @return the cost of the row's claims in a month */
	public BigDecimal cost(SheetRowKey row, int month) {
		return entries.stream().filter(e -> e.month() == month && row.matches(e)).map(ClaimsEntry::cost)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** @return the row's claims over the year */
	public long totalCount(SheetRowKey row) {
		return entries.stream().filter(row::matches).mapToLong(ClaimsEntry::count).sum();
	}

	/** @return the cost of the row's claims over the year */
	public BigDecimal totalCost(SheetRowKey row) {
		return entries.stream().filter(row::matches).map(ClaimsEntry::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
