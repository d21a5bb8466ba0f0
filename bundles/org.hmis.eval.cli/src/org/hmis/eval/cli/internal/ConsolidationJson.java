/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.cli.internal;

import java.util.List;

import org.hmis.eval.network.Organization;
import org.hmis.eval.network.consolidation.ConsolidatedOrganization;
import org.hmis.eval.network.consolidation.ConsolidatedResult;

/**
 * Writes {@code consolidate} as JSON (interchange specification, section 4): for each organization,
 * the object {@code compute} prints ({@code scheme} being the organization's name) with its place in
 * the network, plus {@code members} (the mutuals with data for the year) and {@code missing} (those
 * without); each indicator carries its own {@code members} and {@code missing}: the mutuals whose
 * inputs were summed, and those that lacked them.
 */
final class ConsolidationJson {

	private ConsolidationJson() {
	}

	static String of(String network, int year, String level, List<ConsolidatedOrganization> organizations) {
		JsonWriter json = new JsonWriter().beginObject();
		json.name("network").value(network);
		json.name("year").value(year);
		json.name("level").value(level);
		json.name("organizations").beginArray();
		for (ConsolidatedOrganization organization : organizations) {
			organization(json, organization);
		}
		json.endArray();
		return json.endObject().toString() + "\n";
	}

	private static void organization(JsonWriter json, ConsolidatedOrganization consolidated) {
		Organization organization = consolidated.organization();
		json.beginObject();
		json.name("id").value(organization.id());
		json.name("name").value(organization.name());
		json.name("level").value(organization.level());
		json.name("parent").value(organization.parentIn(consolidated.year()).orElse(null));
		json.name("region").value(organization.region());
		json.name("district").value(organization.district());
		json.name("country").value(organization.country());
		json.name("scheme").value(organization.name());
		json.name("year").value(consolidated.year());
		json.name("currency").value(consolidated.currency());
		ids(json, "members", consolidated.members());
		ids(json, "missing", consolidated.missing());
		json.name("indicators").beginArray();
		for (ConsolidatedResult result : consolidated.results()) {
			json.beginObject();
			ResultsJson.indicatorMembers(json, result.result());
			ids(json, "members", result.members());
			ids(json, "missing", result.missing());
			json.endObject();
		}
		json.endArray();
		json.name("tables");
		TablesJson.write(json, consolidated.sheets());
		json.endObject();
	}

	private static void ids(JsonWriter json, String name, List<String> ids) {
		json.name(name).beginInlineArray();
		ids.forEach(json::value);
		json.endArray();
	}
}
