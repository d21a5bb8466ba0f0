/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.model.Evaluation;

/**
 * A network folder read as a whole: the network and the evaluation of each of its mutuals.
 *
 * @param name the folder's name, which names the network in results
 * @param network the organizations and their places, checked
 * @param evaluations the evaluation of each mutual, by id
 * @param warnings what was tolerated (files that match no mutual, unknown columns...)
 */
public record LoadedNetwork(String name, Network network, Map<String, Evaluation> evaluations,
		List<ImportProblem> warnings) {

	public LoadedNetwork {
		evaluations = Map.copyOf(evaluations);
		warnings = List.copyOf(warnings);
	}

	public Optional<Evaluation> evaluation(String mutualId) {
		return Optional.ofNullable(evaluations.get(mutualId));
	}
}
