/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hmis.eval.indicators.Checklists;
import org.hmis.eval.indicators.ComputationContext;
import org.hmis.eval.indicators.HiddenCosts;
import org.hmis.eval.indicators.IndicatorCatalog;
import org.hmis.eval.indicators.IndicatorDefinition;
import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.InputSet;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.ChecklistAnswer;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.HiddenCost;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.accounts.AccountLines;
import org.hmis.eval.model.text.LocalizedText;
import org.hmis.eval.model.text.TextBundle;
import org.junit.jupiter.api.Test;

/**
 * Sources and reasons are kept as texts and rendered in the reader's language: French for the
 * workbench and the dossier, the unchanged English of the results contract otherwise.
 */
class LocalizedSourcesTest {

	private static final TextBundle TEXTS = TextBundle.of(LocalizedSourcesTest.class,
			"org.hmis.eval.indicators.tests.sample_texts");

	private final IndicatorDefinition ratio = IndicatorCatalog
			.load(LocalizedSourcesTest.class, "org/hmis/eval/indicators/tests/sample").get("S.1");

	@Test
	void missingInputNamedByTheFamilyReadsInFrench() {
		IndicatorResult result = InputSet.of(ratio)
				.add("A", Optional.empty(), TEXTS.text("premiums", 2006))
				.add("B", Optional.empty(), TEXTS.text("premiums", 2006))
				.percentage("A", "B");
		assertEquals("missing input: premiums of 2006", result.reason().orElseThrow().message(),
				"named once, in the contract's English");
		assertEquals("donn\u00e9e manquante : cotisations de l'exercice 2006",
				result.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void accountLinesOfTheModelAreNamedInFrench() {
		AccountLines lines = AccountLines.of(java.util.Map.of("A", BigDecimal.TEN, "B", BigDecimal.TEN));
		IndicatorResult result = InputSet.of(ratio).add("A", lines.line("A"), "A").add("C", lines.line("C"), "C")
				.percentage("A", "C");
		assertEquals("zero denominator: Table 1, line C (C = A - B) is 0", result.reason().orElseThrow().message());
		assertEquals("d\u00e9nominateur nul : Tableau 1, ligne C (C = A - B) vaut 0",
				result.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("Tableau 1, ligne A", result.inputs().get(0).source(Locale.FRENCH));
		assertEquals("Table 1, line A", result.inputs().get(0).source());
	}

	@Test
	void hiddenCostsCountTheirActivitiesInEachLanguage() {
		Evaluation evaluation = yearWithHiddenCosts(3);
		assertSources(HiddenCosts.included(new ComputationContext(evaluation, 2006)).orElseThrow().provenance(),
				"hidden costs (section 5), 3 activities", "co\u00fbts cach\u00e9s (section 5), 3 activit\u00e9s");
		Evaluation one = yearWithHiddenCosts(1);
		assertSources(HiddenCosts.included(new ComputationContext(one, 2006)).orElseThrow().provenance(),
				"hidden costs (section 5), 1 activity", "co\u00fbts cach\u00e9s (section 5), 1 activit\u00e9");
		assertSources(HiddenCosts.includedTraining(new ComputationContext(one, 2006)).orElseThrow().provenance(),
				"training hidden costs (section 5), 0 activities",
				"co\u00fbts cach\u00e9s de formation (section 5), 0 activit\u00e9");
		assertEquals("co\u00fbts cach\u00e9s (section 5)", HiddenCosts.includedWhereMissing().text(Locale.FRENCH));
	}

	@Test
	void unansweredChecklistNamesItsTitleInTheSameLanguage() {
		Evaluation evaluation = yearWithHiddenCosts(0);
		IndicatorResult none = Checklists.percent("T.1.1").calculate(ratio, new ComputationContext(evaluation, 2006));
		assertEquals("missing input: answers to the 3 items of checklist T.1.1 (Communication tools) for 2006",
				none.reason().orElseThrow().message());
		assertEquals("donn\u00e9e manquante : les r\u00e9ponses aux 3 points de la grille T.1.1 (Outils de communication) "
				+ "pour l'exercice 2006", none.reason().orElseThrow().message(Locale.FRENCH));

		ChecklistAnswer first = ModelFactory.eINSTANCE.createChecklistAnswer();
		first.setChecklist("T.1.1");
		first.setItem(1);
		first.setMet(true);
		evaluation.getYears().get(0).getChecklistAnswers().add(first);
		IndicatorResult part = Checklists.percent("T.1.1").calculate(ratio, new ComputationContext(evaluation, 2006));
		assertEquals("donn\u00e9e manquante : les r\u00e9ponses aux points [2, 3] de la grille T.1.1 (Outils de communication) "
				+ "pour l'exercice 2006", part.reason().orElseThrow().message(Locale.FRENCH));

		// The part was computed with the sample's definition, so the mean names it S.1.
		IndicatorResult mean = Checklists.mean(ratio, List.of(part));
		assertEquals("missing input: S.1 (missing input: answers to items [2, 3] of checklist T.1.1 "
				+ "(Communication tools) for 2006)", mean.reason().orElseThrow().message());
		assertEquals("donn\u00e9e manquante : S.1 (donn\u00e9e manquante : les r\u00e9ponses aux points [2, 3] de la grille "
				+ "T.1.1 (Outils de communication) pour l'exercice 2006)",
				mean.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void answeredChecklistIsTheSourceOfItsItems() {
		Evaluation evaluation = yearWithHiddenCosts(0);
		for (int item = 1; item <= 3; item++) {
			ChecklistAnswer answer = ModelFactory.eINSTANCE.createChecklistAnswer();
			answer.setChecklist("T.1.1");
			answer.setItem(item);
			answer.setMet(item != 2);
			evaluation.getYears().get(0).getChecklistAnswers().add(answer);
		}
		IndicatorResult result = Checklists.percent("T.1.1").calculate(ratio, new ComputationContext(evaluation, 2006));
		assertEquals("checklist T.1.1 (2006)", result.inputs().get(0).source());
		assertEquals("grille T.1.1 (2006)", result.inputs().get(0).source(Locale.FRENCH));
		IndicatorResult mean = Checklists.mean(ratio, List.of(result));
		assertEquals("indicator S.1", mean.inputs().get(0).source());
		assertEquals("indicateur S.1", mean.inputs().get(0).source(Locale.FRENCH));
	}

	private static void assertSources(LocalizedText source, String english, String french) {
		assertEquals(english, source.text());
		assertEquals(french, source.text(Locale.FRENCH));
	}

	private static Evaluation yearWithHiddenCosts(int count) {
		Evaluation evaluation = ModelFactory.eINSTANCE.createEvaluation();
		AccountingYear year = ModelFactory.eINSTANCE.createAccountingYear();
		year.setYear(2006);
		for (int i = 0; i < count; i++) {
			HiddenCost cost = ModelFactory.eINSTANCE.createHiddenCost();
			cost.setActivity("activity " + i);
			cost.setEstimatedCost(BigDecimal.valueOf(100));
			cost.setIncluded(true);
			year.getHiddenCosts().add(cost);
		}
		evaluation.getYears().add(year);
		return evaluation;
	}
}
