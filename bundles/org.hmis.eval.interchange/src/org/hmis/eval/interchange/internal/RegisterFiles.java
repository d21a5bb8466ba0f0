/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelFactory;
import org.hmis.eval.model.Registers;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.validation.RegisterRules;

/**
 * Reads the four registers of an interchange folder (specification section 1) into
 * {@link RegisterTables}: {@code contracts.csv}, {@code beneficiaries.csv}, {@code payments.csv} and
 * {@code claims.csv}, each streamed cell by cell ({@link RegisterFileReader}), so that memory holds
 * the columns and not the files. The value of each cell is checked as it is read; the rules that
 * tie rows and registers together (references, ids given twice, periods in order, declared
 * providers and categories) are then checked once over the tables by {@link RegisterRules}, the
 * same rules that validate a saved evaluation, and placed back at the file line of the row.
 */
public final class RegisterFiles {

	public static final String CONTRACTS = RegisterColumn.fileName(Register.CONTRACTS);
	public static final String BENEFICIARIES = RegisterColumn.fileName(Register.BENEFICIARIES);
	public static final String PAYMENTS = RegisterColumn.fileName(Register.PAYMENTS);
	public static final String CLAIMS = RegisterColumn.fileName(Register.CLAIMS);

	private RegisterFiles() {
	}

	/** Reads the registers; the collector hears of the rows read, file by file. */
	public static void read(Path folder, Evaluation evaluation, ProblemCollector problems) {
		RegisterTables.Builder builder = RegisterTables.builder();
		Map<Register, RowLines> lines = new EnumMap<>(Register.class);
		Map<Register, RegisterFileReader> readers = new EnumMap<>(Register.class);
		for (Register register : Register.values()) {
			RowLines registerLines = new RowLines();
			lines.put(register, registerLines);
			RegisterFileReader reader = new RegisterFileReader(register, folder, builder, problems);
			readers.put(register, reader);
			reader.read(registerLines);
		}
		RegisterTables tables = builder.build();
		RegisterRules.check(tables, evaluation.getScheme(), problems.messages().locale(),
				(register, row, column, message) -> problems.error(RegisterColumn.fileName(register),
						lines.get(register).line(row), readers.get(register).position(column), message));
		if (!tables.isEmpty()) {
			Registers registers = ModelFactory.eINSTANCE.createRegisters();
			registers.setTables(tables);
			evaluation.setRegisters(registers);
		}
	}

	/** The file line of each row kept, so that a rule broken by row r is reported at its line. */
	static final class RowLines {

		private int[] lines = new int[1024];
		private int size;

		void expect(int rows) {
			if (rows > lines.length) {
				lines = java.util.Arrays.copyOf(lines, rows);
			}
		}

		void add(int line) {
			if (size == lines.length) {
				lines = java.util.Arrays.copyOf(lines, size + (size >> 1));
			}
			lines[size++] = line;
		}

		int line(int row) {
			return lines[row];
		}
	}
}
