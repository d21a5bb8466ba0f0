/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hmis.eval.interchange.ImportException;
import org.hmis.eval.interchange.ImportProblem;
import org.hmis.eval.interchange.InterchangeExporter;
import org.hmis.eval.interchange.InterchangeImporter;
import org.hmis.eval.model.BenefitPlan;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.Provider;
import org.hmis.eval.model.ServiceCategory;
import org.hmis.eval.model.scheme.DeclaredNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheme's providers, service categories and benefit plans: read from their files, used to
 * refuse claims, Table 8 rows and contracts that name anything else, and declared from the data
 * when the files are not given.
 */
class SchemeListFilesTest {

	@TempDir
	Path folder;

	@Test
	void sucuraDeclaresItsTwoProvidersAndWhatEachOffers() throws Exception {
		Evaluation sucura = InterchangeImporter.importFolder(InterchangeImporterTest.example("sucura")).evaluation();
		List<Provider> providers = sucura.getScheme().getProviders();
		assertEquals(List.of("Health Centre X", "Hospital Y"), providers.stream().map(Provider::getName).toList());
		assertEquals(List.of("outpatient", "medicines", "obstetrics"), providers.get(0).getOfferedCategories());
		assertEquals(7, providers.get(1).getOfferedCategories().size());
		assertEquals("health_centre", providers.get(0).getKind());
		assertTrue(providers.get(0).isContracted());
		assertEquals(7, sucura.getScheme().getServiceCategories().size());
		assertEquals("Non-programmed surgical operations",
				DeclaredNames.categoryLabel(sucura.getScheme(), "surgery", Locale.ENGLISH));
		assertEquals("M\u00e9dicaments", DeclaredNames.categoryLabel(sucura.getScheme(), "medicines", Locale.FRENCH));
	}

	@Test
	void claimsOfUnknownProvidersOrCategoriesAreRefusedAndNothingIsImported() throws Exception {
		Files.writeString(folder.resolve("service_categories.csv"), """
				category,label
				outpatient,
				medicines,
				dental,Dental care
				""");
		Files.writeString(folder.resolve("providers.csv"), """
				provider,kind,categories,contracted
				Health Centre X,health_centre,outpatient;medicines,yes
				Clinic Z,clinic,outpatient;eyes,no
				Pharmacy P,pharmacy,medicines,maybe
				Health Centre X,health_centre,,
				""");
		Files.writeString(folder.resolve("claims_listing.csv"), """
				year,month,provider,category,count,cost
				2006,1,Health Centre X,outpatient,2,8000
				2006,1,Hospital Y,outpatient,1,5000
				2006,1,Health Centre X,surgery,1,9000
				2006,2,Health Centre X,dental,1,3000
				""");
		Files.writeString(folder.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due,plan
				M1,2006-01-01,2006-12-31,1000,basic
				""");
		Files.writeString(folder.resolve("benefit_plans.csv"), """
				plan,label,premium,categories
				family,Family plan,1000,outpatient;medicines
				hospital,Hospital plan,-5,
				""");
		ImportException refused = assertThrows(ImportException.class, () -> InterchangeImporter.importFolder(folder));
		assertEquals(List.of(
				"benefit_plans.csv:3:3: premium must not be negative: -5",
				"claims_listing.csv:3:3: unknown provider: 'Hospital Y' is not in providers.csv",
				"claims_listing.csv:4:4: unknown category: 'surgery' is not in service_categories.csv",
				"claims_listing.csv:5:3: provider 'Health Centre X' does not offer category 'dental' (providers.csv)",
				"contracts.csv:2:5: the contract of member M1 starting 2006-01-01 names the benefit plan basic, which the scheme does not declare",
				"providers.csv:3:3: unknown category: 'eyes' is not in service_categories.csv",
				"providers.csv:4:4: contracted must be yes or no: 'maybe'",
				"providers.csv:5: duplicate provider Health Centre X (first given on line 2)"),
				refused.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void namesInUseAreDeclaredWhenTheSchemeGivesNoLists() throws Exception {
		Files.writeString(folder.resolve("claims_listing.csv"), """
				year,month,provider,category,count,cost
				2006,1,Health Centre X,outpatient,2,8000
				2006,1,Hospital Y,surgery,1,9000
				2006,2,Health Centre X,medicines,1,300
				""");
		Files.writeString(folder.resolve("contracts.csv"), """
				member_id,start_date,end_date,premium_due,plan
				M1,2006-01-01,2006-12-31,1000,family
				M2,2006-01-01,2006-12-31,500,
				""");
		Evaluation evaluation = InterchangeImporter.importFolder(folder).evaluation();
		assertEquals(List.of("Health Centre X", "Hospital Y"),
				evaluation.getScheme().getProviders().stream().map(Provider::getName).toList());
		assertTrue(evaluation.getScheme().getProviders().get(0).getOfferedCategories().isEmpty(),
				"what a provider offers is not guessed from its claims");
		assertEquals(List.of("outpatient", "surgery", "medicines"),
				evaluation.getScheme().getServiceCategories().stream().map(ServiceCategory::getCode).toList());
		assertEquals(List.of("family"), evaluation.getScheme().getBenefitPlans().stream().map(BenefitPlan::getCode).toList());
	}

	@Test
	void listsSurviveAnExportAndReimport() throws Exception {
		Files.writeString(folder.resolve("benefit_plans.csv"), """
				plan,label,premium,categories,remark
				family,Family plan,1000.50,outpatient;medicines,"covers the household, up to 8 people"
				""");
		Files.writeString(folder.resolve("providers.csv"), """
				provider,kind,categories,contracted,remark
				Pharmacy P,pharmacy,medicines,no,
				""");
		Evaluation evaluation = InterchangeImporter.importFolder(folder).evaluation();
		BenefitPlan plan = evaluation.getScheme().getBenefitPlans().get(0);
		assertEquals(new BigDecimal("1000.50"), plan.getPremium());
		assertEquals(List.of("outpatient", "medicines"), plan.getCoveredCategories());
		assertEquals("covers the household, up to 8 people", plan.getRemark());
		assertEquals(false, evaluation.getScheme().getProviders().get(0).isContracted());
		Path exported = folder.resolve("exported");
		InterchangeExporter.exportFolder(evaluation, exported);
		assertTrue(EcoreUtil.equals(evaluation, InterchangeImporter.importFolder(exported).evaluation()));
	}
}
