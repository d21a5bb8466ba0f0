/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.riskportfolio;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The reference list of services of Table 16 with the G.2 scoring grid, read from
 * {@code reference-grid.csv}. How the grid was read out of the guide's garbled table is written
 * down in docs/guide-readings.md (G.2).
 */
public final class ReferenceGrid {

	static final String LABELS = "org.hmis.eval.model.riskportfolio.labels";
	private static final String DATA = "reference-grid.csv";
	private static final ReferenceGrid INSTANCE = load();

	private final Map<String, ReferenceService> services;

	private ReferenceGrid(Map<String, ReferenceService> services) {
		this.services = services;
	}

	public static ReferenceGrid get() {
		return INSTANCE;
	}

	/** @return every service of the reference list, in the guide's order */
	public List<ReferenceService> services() {
		return List.copyOf(services.values());
	}

	public Optional<ReferenceService> service(String code) {
		return Optional.ofNullable(services.get(code));
	}

	/** @return the theoretical total X of G.2 when the scheme covers every service of the list */
	public int maximumScore() {
		return services.values().stream().mapToInt(service -> service.g2Score().orElse(0)).sum();
	}

	/** @return how many scored services count each measure (the column totals of the G.2 grid) */
	public Map<RiskMeasure, Integer> measureTotals() {
		Map<RiskMeasure, Integer> totals = new EnumMap<>(RiskMeasure.class);
		for (RiskMeasure measure : RiskMeasure.values()) {
			totals.put(measure, 0);
		}
		services.values().forEach(service -> service.g2Measures().forEach(m -> totals.merge(m, 1, Integer::sum)));
		return totals;
	}

	private static ReferenceGrid load() {
		Map<String, ReferenceService> services = new LinkedHashMap<>();
		try (InputStream in = ReferenceGrid.class.getResourceAsStream(DATA);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",", -1);
				EnumSet<RiskMeasure> measures = EnumSet.noneOf(RiskMeasure.class);
				for (String measure : cells[5].trim().split(" ")) {
					if (!measure.isEmpty()) {
						measures.add(RiskMeasure.valueOf(measure));
					}
				}
				OptionalInt score = cells[4].isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cells[4]));
				services.put(cells[0], new ReferenceService(cells[0], cells[1], cells[2], Integer.parseInt(cells[3]), score,
						measures));
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the reference grid " + DATA, e);
		}
		return new ReferenceGrid(services);
	}

	/** @return the services of one group, in order */
	public List<ReferenceService> group(String group) {
		List<ReferenceService> members = new ArrayList<>();
		services.values().stream().filter(service -> service.group().equals(group)).forEach(members::add);
		return members;
	}
}
