/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.indicators.functional.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.hmis.eval.indicators.IndicatorResult;
import org.hmis.eval.indicators.functional.internal.FunctionalIndicators;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.testing.RegisterFixtures;
import org.hmis.eval.testing.TranslatedTexts;
import org.hmis.eval.testing.VimoExample;
import org.junit.jupiter.api.Test;

/** Family M's sources and reasons in French for the workbench and the dossier, English for the results contract. */
class FunctionalFrenchSourcesTest {

	private static final FunctionalIndicators FAMILY = new FunctionalIndicators();

	@Test
	void membershipGrowthInFrench() {
		Evaluation sucura = VimoExample.sucura();
		IndicatorResult m1 = VimoExample.result(FAMILY, sucura, 2006, "M.1");
		assertEquals("Tableau 7, moyenne annuelle de la colonne X (2006)", m1.inputs().get(0).source(Locale.FRENCH));
		assertEquals("effectifs moyens, adh\u00e9rents (2005)", m1.inputs().get(1).source(Locale.FRENCH));
		IndicatorResult first = VimoExample.result(FAMILY, sucura, 2004, "M.1");
		assertEquals("donn\u00e9e manquante : moyenne annuelle des adh\u00e9rents en 2003 (tableau 7, ou moyennes "
				+ "annuelles des ann\u00e9es pass\u00e9es)", first.reason().orElseThrow().message(Locale.FRENCH));
		assertEquals("missing input: annual average of members in 2003 (Table 7, or annual averages of "
				+ "past years)", first.reason().orElseThrow().message());
	}

	@Test
	void renewalInFrench() {
		IndicatorResult summary = VimoExample.result(FAMILY, RegisterFixtures.closedEnrolmentSummary(), 2006, "M.2");
		assertEquals("bilan des renouvellements, adh\u00e9rents (2005)", summary.inputs().get(2).source(Locale.FRENCH));
		IndicatorResult register = VimoExample.result(FAMILY, RegisterFixtures.closedEnrolmentScheme(), 2006, "M.2");
		assertEquals("registre des contrats (2006)", register.inputs().get(0).source(Locale.FRENCH));
		IndicatorResult none = VimoExample.result(FAMILY, RegisterFixtures.closedEnrolmentScheme(), 2003, "M.2");
		assertEquals("d\u00e9nominateur nul : contrats arrivant \u00e0 \u00e9ch\u00e9ance en 2003 vaut 0",
				none.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void premiumCollectionAndPaymentPeriodsInFrench() {
		IndicatorResult m6 = VimoExample.result(FAMILY, VimoExample.evaluation(), 2006, "M.6");
		assertEquals("ligne premiums_received", m6.inputs().get(0).source(Locale.FRENCH));
		assertEquals("Tableau 1, ligne A", m6.inputs().get(1).source(Locale.FRENCH));
		IndicatorResult noReceipts = VimoExample.result(FAMILY, VimoExample.withLines(2006, "A", 1000), 2006, "M.6");
		assertEquals("donn\u00e9e manquante : ligne premiums_received (cotisations encaiss\u00e9es sur celles dues pour "
				+ "l'exercice) ou le registre des paiements", noReceipts.reason().orElseThrow().message(Locale.FRENCH));
		IndicatorResult registers = VimoExample.result(FAMILY, RegisterFixtures.closedEnrolmentScheme(), 2006, "M.6");
		assertEquals("cotisations encaiss\u00e9es (registres des contrats et des paiements, au 2006-12-31)",
				registers.inputs().get(0).source(Locale.FRENCH));
		assertEquals("premiums received (contracts and payments registers, as of 2006-12-31)",
				registers.inputs().get(0).source());
		IndicatorResult m71 = VimoExample.result(FAMILY, VimoExample.withLines(2006, "12", 100, "g1", 900), 2006, "M.7.1");
		assertEquals("donn\u00e9e manquante : ligne 12.providers (dettes envers les prestataires, tableau 2, ligne 12)",
				m71.reason().orElseThrow().message(Locale.FRENCH));
	}

	@Test
	void everyTextHasItsFrenchTranslation() {
		TranslatedTexts.assertTranslated(FunctionalIndicators.class, "org.hmis.eval.indicators.functional.sources");
	}
}
