/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.hmis.eval.interchange.internal.AccountsFile;
import org.hmis.eval.interchange.internal.AssessmentFiles;
import org.hmis.eval.interchange.internal.ChecklistFile;
import org.hmis.eval.interchange.internal.ClaimsListingFile;
import org.hmis.eval.interchange.internal.HiddenCostsFile;
import org.hmis.eval.interchange.internal.InterchangeFiles;
import org.hmis.eval.interchange.internal.MembershipAveragesFile;
import org.hmis.eval.interchange.internal.MonthlyBeneficiariesFile;
import org.hmis.eval.interchange.internal.PopulationBreakdownFile;
import org.hmis.eval.interchange.internal.PopulationFile;
import org.hmis.eval.interchange.internal.ProviderActivityFile;
import org.hmis.eval.interchange.internal.QualitativeFiles;
import org.hmis.eval.interchange.internal.RegisterFiles;
import org.hmis.eval.interchange.internal.RiskPortfolioFile;
import org.hmis.eval.interchange.internal.SurveyFiles;
import org.hmis.eval.interchange.internal.ProblemCollector;
import org.hmis.eval.interchange.internal.SchemeFile;
import org.hmis.eval.interchange.internal.SchemeListFiles;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.scheme.DeclaredNames;
import org.hmis.eval.sheets.registers.RegisterCrossChecks;

/**
 * Imports an interchange folder (see the interchange specification, section 1) into a new,
 * detached {@link Evaluation}. The import is all or nothing: if any row breaks a rule, nothing
 * is returned and every problem is reported as {@code file:line: reason}.
 */
public final class InterchangeImporter {

	private InterchangeImporter() {
	}

	/**
	 * @param folder the interchange folder; every file in it is optional
	 * @return the evaluation and the warnings of the import
	 * @throws ImportException listing every rejected row when at least one breaks a rule
	 */
	public static ImportResult importFolder(Path folder) throws ImportException {
		return importFolder(folder, ImportProgress.NONE);
	}

	/**
	 * @param folder the interchange folder; every file in it is optional
	 * @param progress hears of the rows read, file by file
	 * @return the evaluation and the warnings of the import
	 * @throws ImportException listing every rejected row when at least one breaks a rule
	 */
	public static ImportResult importFolder(Path folder, ImportProgress progress) throws ImportException {
		if (!Files.isDirectory(folder)) {
			throw new ImportException(List.of(new ImportProblem(folder.toString(), 0, "not a folder")));
		}
		ProblemCollector problems = new ProblemCollector(progress);
		Evaluation evaluation = ModelFactory.eINSTANCE.createEvaluation();
		evaluation.setScheme(ModelFactory.eINSTANCE.createScheme());
		SchemeFile.read(folder, evaluation.getScheme(), problems);
		SchemeListFiles.read(folder, evaluation.getScheme(), problems);
		AccountsFile.read(folder, evaluation, problems);
		HiddenCostsFile.read(folder, evaluation, problems);
		PopulationFile.read(folder, evaluation, problems);
		PopulationBreakdownFile.read(folder, evaluation, problems);
		MonthlyBeneficiariesFile.read(folder, evaluation, problems);
		MembershipAveragesFile.read(folder, evaluation, problems);
		ClaimsListingFile.read(folder, evaluation, problems);
		ProviderActivityFile.read(folder, evaluation, problems);
		QualitativeFiles.read(folder, evaluation, problems);
		RegisterFiles.read(folder, evaluation, problems);
		SurveyFiles.read(folder, evaluation, problems);
		RiskPortfolioFile.read(folder, evaluation, problems);
		ChecklistFile.read(folder, evaluation, problems);
		AssessmentFiles.read(folder, evaluation, problems);
		warnOfUnknownFiles(folder, problems);
		if (problems.hasErrors()) {
			throw new ImportException(problems.errors());
		}
		if (evaluation.getScheme().getName() == null) {
			evaluation.getScheme().setName(folder.getFileName().toString());
		}
		evaluation.setTitle(evaluation.getScheme().getName());
		DeclaredNames.declareNamesInUse(evaluation);
		List<ImportProblem> warnings = new ArrayList<>(problems.warnings());
		for (RegisterCrossChecks.Finding finding : RegisterCrossChecks.check(evaluation)) {
			warnings.add(new ImportProblem(finding.file(), 0, finding.message()));
		}
		return new ImportResult(evaluation, warnings);
	}

	/** A CSV file no reader looked for (a misspelt name, say) is not read: say so. */
	private static void warnOfUnknownFiles(Path folder, ProblemCollector problems) {
		Set<String> consulted = problems.consulted();
		try (Stream<Path> entries = Files.list(folder)) {
			entries.map(entry -> entry.getFileName().toString())
					.filter(name -> name.toLowerCase(Locale.ROOT).endsWith(".csv") && !consulted.contains(name)).sorted()
					.forEach(name -> problems.warning(name, 0, "unknown file ignored"));
		} catch (IOException e) {
			problems.error(folder.getFileName().toString(), 0, "cannot be listed: " + InterchangeFiles.reason(e));
		}
	}
}
