/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.store.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.hmis.eval.model.AccountLine;
import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.store.derby.DerbyEvaluationStore;

/**
 * The process {@link StoreKillTest} kills: a plain Java main (no OSGi, no JUnit on its class path)
 * that opens a store, says so on standard output, and imports or saves one evaluation with
 * registers large enough for the write to take a while. The test builds the same evaluations with
 * {@link #evaluation} to know what the store may hold afterwards.
 */
public final class KillTrialChild {

	/** Printed once the store is open, just before the write starts. */
	static final String WRITING = "WRITING";

	/** Printed once the write is committed. */
	static final String COMMITTED = "COMMITTED";

	/** The id the save rewrites and the import's suggested id. */
	static final String TARGET = "target";

	private KillTrialChild() {
	}

	/**
	 * @param args {@code import DIR} adds {@code evaluation("Imported", 2)}; {@code save DIR}
	 *             saves {@code evaluation("Target", 2)} over the stored version 1 of {@link #TARGET}
	 */
	public static void main(String[] args) throws Exception {
		Path database = Path.of(args[1]);
		boolean importing = args[0].equals("import");
		Evaluation evaluation = importing ? evaluation("Imported", 2) : evaluation("Target", 2);
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(database, "child")) {
			System.out.println(WRITING);
			System.out.flush();
			if (importing) {
				store.add(evaluation, TARGET, false);
			} else {
				store.save(TARGET, evaluation);
			}
			System.out.println(COMMITTED);
			System.out.flush();
		}
	}

	/**
	 * @return the same evaluation of {@code scheme} for the same {@code version} in every JVM: its
	 *         accounts and register rows differ from one version to the next; the written ones have
	 *         about 40,000 rows so that the write lasts, the others ("Other...") 2,000
	 */
	static Evaluation evaluation(String scheme, int version) {
		Evaluation evaluation = StoreFixtures.evaluation(scheme, 2006, "C", 1000L * version);
		AccountLine second = ModelFactory.eINSTANCE.createAccountLine();
		second.setCode("P");
		second.setAmount(BigDecimal.valueOf(version));
		evaluation.getYears().get(0).getAccountLines().add(second);
		RegisterTables.Builder rows = RegisterTables.builder();
		int members = scheme.startsWith("Other") ? 500 : 10_000;
		for (int i = 0; i < members; i++) {
			String member = scheme + "-M" + i + "-v" + version;
			rows.add(ContractRow.of(member, LocalDate.of(2006, 1, 1), LocalDate.of(2006, 12, 31),
					BigDecimal.valueOf(1000 + i % 97 + version)));
			String beneficiary = scheme + "-B" + i;
			rows.add(new BeneficiaryRow(beneficiary, member, BeneficiaryRole.MEMBER, i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
					LocalDate.of(1940 + i % 60, 1 + i % 12, 1 + i % 28), null, null));
			for (int claim = 0; claim < 2; claim++) {
				rows.add(ClaimRow.of(scheme + "-C" + i + "-" + claim, beneficiary, "Provider " + i % 40,
						claim == 0 ? "consultation" : "hospitalization", LocalDate.of(2006, 1 + (i + claim) % 12, 1 + i % 28),
						ClaimStatus.AUTHORIZED, BigDecimal.valueOf(500 + (i * 7 + claim * 13 + version) % 5000)));
			}
		}
		Registers registers = ModelFactory.eINSTANCE.createRegisters();
		registers.setTables(rows.build());
		evaluation.setRegisters(registers);
		return evaluation;
	}
}
