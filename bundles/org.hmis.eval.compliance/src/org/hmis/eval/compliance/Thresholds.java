/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Named thresholds as a regulator sets them, per country and from a year, read from a parameter
 * file ({@code pack,threshold,country,from_year,value,note}; {@code #} starts a comment line;
 * country {@code *} for every country; an empty value is a threshold the authority has not set).
 * The entry that applies to a country and year is the one of that country, else of {@code *},
 * with the latest {@code from_year} not after the year.
 */
public final class Thresholds {

	/** No threshold at all. */
	public static final Thresholds NONE = new Thresholds(List.of(), "");

	/** The header every parameter file starts with. */
	public static final String HEADER = "pack,threshold,country,from_year,value,note";

	/**
	 * One line of a parameter file.
	 *
	 * @param value empty when the threshold is declared but not set
	 * @param origin the file and line it was read from, named in the figures a rule shows
	 */
	public record Entry(String pack, String name, String country, int fromYear, Optional<BigDecimal> value,
			String origin) {
	}

	private final List<Entry> entries;
	private final String fileName;

	private Thresholds(List<Entry> entries, String fileName) {
		this.entries = List.copyOf(entries);
		this.fileName = fileName;
	}

	/**
	 * @param fileName named in the errors and in the sources of the values
	 * @throws IllegalArgumentException {@code file:line: reason} for the first line that cannot be read
	 */
	public static Thresholds parse(String text, String fileName) {
		List<Entry> entries = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
			String header = reader.readLine();
			if (header == null || !header.strip().replace("\uFEFF", "").equals(HEADER)) {
				throw new IllegalArgumentException(fileName + ":1: the header must be " + HEADER);
			}
			int number = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				entries.add(entry(line, fileName, number));
			}
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return new Thresholds(entries, fileName);
	}

	private static Entry entry(String line, String fileName, int number) {
		// The note, last, may hold commas: it is everything after the fifth one.
		String[] fields = line.split(",", 6);
		if (fields.length < 5) {
			throw new IllegalArgumentException(fileName + ":" + number + ": the row has " + fields.length
					+ " fields; it needs pack,threshold,country,from_year,value");
		}
		String where = fileName + ":" + number;
		String pack = fields[0].strip();
		String name = fields[1].strip();
		if (pack.isEmpty() || name.isEmpty()) {
			throw new IllegalArgumentException(where + ": pack and threshold are required");
		}
		String country = fields[2].strip().isEmpty() ? "*" : fields[2].strip().toUpperCase(Locale.ROOT);
		if (!country.equals("*") && !Countries.isCode(country)) {
			throw new IllegalArgumentException(where + ":3: country must be an ISO 3166 code such as ML, or *, not '"
					+ fields[2].strip() + "'");
		}
		int fromYear = 0;
		if (!fields[3].isBlank()) {
			try {
				fromYear = Integer.parseInt(fields[3].strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(where + ":4: from_year must be a year, not '" + fields[3].strip() + "'");
			}
		}
		Optional<BigDecimal> value = Optional.empty();
		if (!fields[4].isBlank()) {
			try {
				value = Optional.of(new BigDecimal(fields[4].strip()));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(where + ":5: value must be a number (a dot for decimals) or empty, not '"
						+ fields[4].strip() + "'");
			}
		}
		return new Entry(pack, name, country, fromYear, value, where);
	}

	/** @return these thresholds, where {@code overrides} wins for every threshold it names */
	public Thresholds overriddenBy(Thresholds overrides) {
		List<Entry> merged = new ArrayList<>(overrides.entries);
		for (Entry entry : entries) {
			boolean overridden = overrides.entries.stream()
					.anyMatch(o -> o.pack.equals(entry.pack) && o.name.equals(entry.name));
			if (!overridden) {
				merged.add(entry);
			}
		}
		return new Thresholds(merged, overrides.fileName);
	}

	/** @return the entry that applies, if any; its value may still be empty (not set) */
	public Optional<Entry> find(String pack, String name, Optional<String> country, int year) {
		return entries.stream()
				.filter(e -> e.pack.equals(pack) && e.name.equals(name) && e.fromYear <= year)
				.filter(e -> e.country.equals("*") || country.map(e.country::equals).orElse(false))
				.max(Comparator.comparing((Entry e) -> !e.country.equals("*")).thenComparingInt(Entry::fromYear));
	}

	public List<Entry> entries() {
		return entries;
	}
}
