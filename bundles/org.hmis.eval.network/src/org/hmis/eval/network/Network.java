/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organizations of a network and who sits under whom, year by year. Plain Java rather than EMF:
 * a network is read from {@code network.csv}, checked once ({@link NetworkReader}: no broken parent,
 * no cycle in any year), and only walked afterwards. Organizations keep the order of the file.
 */
public final class Network {

	private final Map<String, Organization> organizations = new LinkedHashMap<>();

	/** @param organizations checked: unique ids, known parents, no cycle in any year */
	public Network(List<Organization> organizations) {
		for (Organization organization : organizations) {
			this.organizations.put(organization.id(), organization);
		}
	}

	/** @return every organization, in the order of {@code network.csv} */
	public List<Organization> organizations() {
		return List.copyOf(organizations.values());
	}

	public Optional<Organization> find(String id) {
		return Optional.ofNullable(organizations.get(id));
	}

	/** @return the organizations in the network that year, in file order */
	public List<Organization> activeIn(int year) {
		return organizations.values().stream().filter(organization -> organization.activeIn(year)).toList();
	}

	/** @return the levels used, in the order the file first names them */
	public Set<String> levels() {
		Set<String> levels = new LinkedHashSet<>();
		organizations.values().forEach(organization -> levels.add(organization.level()));
		return levels;
	}

	/** @return the organizations directly under {@code id} that year, in file order */
	public List<Organization> children(String id, int year) {
		return organizations.values().stream()
				.filter(organization -> organization.parentIn(year).filter(id::equals).isPresent()).toList();
	}

	/**
	 * @return the ids of the mutuals an organization covers that year: itself for a mutual, else
	 *         every mutual beneath it at any depth (depth first, children in file order)
	 */
	public List<String> mutualsUnder(String id, int year) {
		List<String> mutuals = new ArrayList<>();
		Organization organization = organizations.get(id);
		if (organization == null || !organization.activeIn(year)) {
			return mutuals;
		}
		if (organization.isMutual()) {
			mutuals.add(id);
			return mutuals;
		}
		// The reader refused every cycle, so this walk ends.
		for (Organization child : children(id, year)) {
			mutuals.addAll(mutualsUnder(child.id(), year));
		}
		return mutuals;
	}
}
