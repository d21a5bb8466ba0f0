/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.text.LocalizedText;

/**
 * The rules of {@code network.csv} beyond the types of its cells: a year span runs forward, an id
 * is given once per year, an organization keeps its level, a parent exists and is not a mutual, and
 * no organization sits above itself in any year. Each broken rule is reported at its cell.
 */
final class NetworkChecks {

	private final BiFunction<String, Object[], LocalizedText> messages;
	private final Locale locale;

	NetworkChecks(BiFunction<String, Object[], LocalizedText> messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	private String text(String key, Object... arguments) {
		return messages.apply(key, arguments).text(locale);
	}

	/** @return the rows whose spans run forward; the others are reported */
	List<NetworkRow> spans(List<NetworkRow> rows) {
		List<NetworkRow> kept = new ArrayList<>();
		for (NetworkRow row : rows) {
			Affiliation span = row.affiliation();
			if (span.fromYear() != null && span.toYear() != null && span.toYear() < span.fromYear()) {
				row.row().error(NetworkFormat.TO_YEAR,
						text("span.reversed", String.valueOf(span.toYear()), String.valueOf(span.fromYear())));
			} else {
				kept.add(row);
			}
		}
		return kept;
	}

	/** @return the rows grouped by id, in file order, without those that repeat a year or change level */
	Map<String, List<NetworkRow>> byId(List<NetworkRow> rows) {
		Map<String, List<NetworkRow>> byId = new LinkedHashMap<>();
		for (NetworkRow row : rows) {
			List<NetworkRow> same = byId.computeIfAbsent(row.id(), id -> new ArrayList<>());
			NetworkRow conflict = same.stream().filter(other -> other.affiliation().overlaps(row.affiliation()))
					.findFirst().orElse(null);
			if (conflict != null) {
				row.row().error(NetworkFormat.ID, text("id.duplicate", row.id(), String.valueOf(conflict.row().line()),
						span(conflict.affiliation())));
				continue;
			}
			if (!same.isEmpty() && !same.get(0).level().equals(row.level())) {
				NetworkRow first = same.get(0);
				row.row().error(NetworkFormat.LEVEL,
						text("level.differs", row.level(), String.valueOf(first.row().line()), first.level()));
				continue;
			}
			same.add(row);
		}
		return byId;
	}

	/** @return a span as a reader says it: "every year", "2006 onwards", "up to 2005", "2004-2006" */
	private String span(Affiliation span) {
		if (span.fromYear() == null) {
			return span.toYear() == null ? text("span.always") : text("span.until", String.valueOf(span.toYear()));
		}
		return span.toYear() == null ? text("span.from", String.valueOf(span.fromYear()))
				: text("span.between", String.valueOf(span.fromYear()), String.valueOf(span.toYear()));
	}

	/** Reports parents that are the row itself, unknown, or mutuals. */
	void parents(Map<String, List<NetworkRow>> byId) {
		for (List<NetworkRow> rows : byId.values()) {
			for (NetworkRow row : rows) {
				String parent = row.affiliation().parent();
				if (parent == null) {
					continue;
				}
				if (parent.equals(row.id())) {
					row.row().error(NetworkFormat.PARENT, text("parent.self", parent));
				} else if (!byId.containsKey(parent)) {
					row.row().error(NetworkFormat.PARENT, text("parent.unknown", parent));
				} else if (Levels.MUTUAL.equals(byId.get(parent).get(0).level())) {
					row.row().error(NetworkFormat.PARENT, text("parent.mutual", parent));
				}
			}
		}
	}

	/**
	 * Reports every cycle of parents, once, at the parent cell of its first organization (by id). The
	 * parents change only where a span starts or ends, so the years looked at are those edges.
	 */
	void cycles(Map<String, List<NetworkRow>> byId) {
		Set<Set<String>> reported = new HashSet<>();
		TreeSet<Integer> edges = edgeYears(byId.values());
		// With no year in the file, every span holds in every year: one look, and no year to name.
		boolean dated = !edges.isEmpty();
		for (int year : dated ? edges : Set.of(InterchangeFormat.FIRST_YEAR)) {
			Map<String, NetworkRow> rowOf = new LinkedHashMap<>();
			for (List<NetworkRow> rows : byId.values()) {
				rows.stream().filter(row -> row.affiliation().covers(year)).findFirst()
						.ifPresent(row -> rowOf.put(row.id(), row));
			}
			for (String start : rowOf.keySet()) {
				List<String> path = new ArrayList<>();
				String current = start;
				while (current != null && rowOf.containsKey(current) && !path.contains(current)) {
					path.add(current);
					current = rowOf.get(current).affiliation().parent();
				}
				if (current == null || !path.contains(current)) {
					continue;
				}
				List<String> cycle = path.subList(path.indexOf(current), path.size());
				if (reported.add(new HashSet<>(cycle))) {
					report(cycle, dated ? String.valueOf(year) : null, rowOf);
				}
			}
		}
	}

	/** @param year the year the cycle holds in, null when it holds in every year */
	private void report(List<String> cycle, String year, Map<String, NetworkRow> rowOf) {
		String first = new TreeSet<>(cycle).first();
		int at = cycle.indexOf(first);
		List<String> ordered = new ArrayList<>(cycle.subList(at, cycle.size()));
		ordered.addAll(cycle.subList(0, at));
		ordered.add(first);
		String path = String.join(" \u2192 ", ordered);
		rowOf.get(first).row().error(NetworkFormat.PARENT,
				year == null ? text("cycle.always", path) : text("cycle", year, path));
	}

	/** @return the years where some span starts or follows an end, and the year before them; empty when all are open */
	private static TreeSet<Integer> edgeYears(Collection<List<NetworkRow>> groups) {
		TreeSet<Integer> years = new TreeSet<>();
		for (List<NetworkRow> rows : groups) {
			for (NetworkRow row : rows) {
				Affiliation span = row.affiliation();
				if (span.fromYear() != null) {
					years.add(span.fromYear());
				}
				if (span.toYear() != null) {
					years.add(span.toYear());
					years.add(span.toYear() + 1);
				}
			}
		}
		if (!years.isEmpty()) {
			// Before the first edge, the spans open at their start all hold.
			years.add(years.first() - 1);
		}
		return years;
	}
}
