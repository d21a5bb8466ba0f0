/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.hmis.eval.interchange.ImportProgress;
import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.ClaimStatus;
import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;
import org.hmis.eval.model.Sex;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.TextDictionary;

/**
 * Streams one register file into the tables being built: maps the header onto the declared
 * {@link RegisterColumn}s, lets a {@link RowParser} read the rows into typed cells batch by batch,
 * and adds the valid rows to the tables, turning their texts into dictionary codes. A large file
 * is parsed on a second thread while this one adds the previous batch (two cores: the halves
 * overlap); the rows, their lines and the problems keep the file's order either way. Each refused
 * cell is reported at {@code file:line:column} with the reason; after {@link #REPORTED_PER_FILE}
 * problems in one file the rest are counted, not listed.
 */
public final class RegisterFileReader {

	/** How many problems of one file are listed one by one. */
	static final int REPORTED_PER_FILE = 200;

	/** Files smaller than this are parsed on the importing thread: a thread would not pay for itself. */
	private static final long PARALLEL_FROM_BYTES = 4L << 20;

	private final Register register;
	private final String file;
	private final Path path;
	private final RegisterTables.Builder builder;
	private final ProblemCollector problems;
	private final RegisterColumn[] columns;
	private final int[] fieldOf;
	private final TextDictionary[] dictionaries;
	private int reported;
	private long unreported;
	private CsvStream csv;
	private long fileSize;

	RegisterFileReader(Register register, Path folder, RegisterTables.Builder builder, ProblemCollector problems) {
		this.register = register;
		this.file = RegisterColumn.fileName(register);
		this.path = folder.resolve(file);
		this.builder = builder;
		this.problems = problems;
		this.columns = RegisterColumn.of(register).toArray(RegisterColumn[]::new);
		this.fieldOf = new int[columns.length];
		this.dictionaries = new TextDictionary[columns.length];
		for (int index = 0; index < columns.length; index++) {
			if (columns[index].kind() == RegisterColumn.Kind.TEXT) {
				dictionaries[index] = dictionary(columns[index]);
			}
		}
	}

	void read(RegisterFiles.RowLines lines) {
		problems.consulted(file);
		if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		Optional<String> unreadable = InterchangeFiles.notAReadableFile(path);
		if (unreadable.isPresent()) {
			problems.error(file, 0, unreadable.get());
			return;
		}
		ImportProgress progress = problems.progress();
		progress.rowsRead(file, 0, false);
		try (InputStream in = Files.newInputStream(path)) {
			csv = new CsvStream(in);
			if (!csv.next()) {
				problems.error(file, 1, problems.messages().get("header.none"));
				return;
			}
			int fields = header();
			if (fields < 0) {
				return;
			}
			RowParser parser = new RowParser(csv, columns, fieldOf, fields, problems.messages());
			fileSize = Files.size(path);
			long rows = fileSize >= PARALLEL_FROM_BYTES ? readOnTwoThreads(parser, lines, progress)
					: readOnThisThread(parser, lines, progress);
			progress.rowsRead(file, rows, true);
		} catch (CharacterCodingException e) {
			problems.error(file, 1, problems.messages().get("header.notUtf8"));
		} catch (IOException e) {
			problems.error(file, 0, problems.messages().get("file.unreadable", InterchangeFiles.reason(e)));
		} catch (CsvParser.CsvSyntaxException e) {
			problems.error(file, e.line(), e.reason(problems.messages()));
		}
		if (unreported > 0) {
			problems.error(file, 0, problems.messages().get("file.more", unreported));
		}
	}

	private long readOnThisThread(RowParser parser, RegisterFiles.RowLines lines, ImportProgress progress)
			throws IOException {
		RowBatch batch = new RowBatch(columns.length);
		long rows = 0;
		boolean more = true;
		while (more) {
			more = parser.fill(batch);
			rows = add(batch, lines, progress, rows);
		}
		return rows;
	}

	/**
	 * The parser fills batches on its own thread and hands them over in order through a short
	 * queue; two batches circulate, so that it parses one while this thread adds the other.
	 */
	private long readOnTwoThreads(RowParser parser, RegisterFiles.RowLines lines, ImportProgress progress)
			throws IOException {
		BlockingQueue<RowBatch> free = new ArrayBlockingQueue<>(2);
		BlockingQueue<RowBatch> full = new ArrayBlockingQueue<>(2);
		free.add(new RowBatch(columns.length));
		free.add(new RowBatch(columns.length));
		Thread parsing = new Thread(() -> {
			RowBatch batch = null;
			try {
				boolean more = true;
				while (more) {
					batch = free.take();
					more = parser.fill(batch);
					full.put(batch);
					batch = null;
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (Throwable failure) {
				// Out of memory included: the importing thread must hear of it, never wait forever.
				RowBatch last = batch != null ? batch : new RowBatch(0);
				last.clear();
				last.failure = failure;
				last.last = true;
				full.offer(last);
			}
		}, "hmis-parse-" + file);
		parsing.setDaemon(true);
		parsing.start();
		long rows = 0;
		try {
			while (true) {
				RowBatch batch = full.take();
				rows = add(batch, lines, progress, rows);
				if (batch.last) {
					return rows;
				}
				free.put(batch);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while reading", e);
		} finally {
			parsing.interrupt();
		}
	}

	/** Adds a batch's rows to the tables and reports its problems; @return the rows met so far */
	private long add(RowBatch batch, RegisterFiles.RowLines lines, ImportProgress progress, long rowsBefore)
			throws IOException {
		for (RowBatch.Problem problem : batch.problems) {
			problem(problem.line(), problem.column(), problem.reason());
		}
		if (rowsBefore == 0 && !batch.last) {
			expectRows(batch, lines);
		}
		// Column by column, so that each dictionary looks up the whole batch at once (TextDictionary.addAll).
		for (int index = 0; index < columns.length; index++) {
			if (columns[index] == RegisterColumn.CLAIM_ID) {
				appendClaimIds(batch, index);
			} else if (dictionaries[index] != null) {
				dictionaries[index].addAll(batch.textBytes, batch.textStart[index], batch.textLength[index],
						batch.textHash[index], batch.rows, batch.codes[index]);
			}
		}
		for (int r = 0; r < batch.rows; r++) {
			addRow(batch, r);
			lines.add(batch.lines[r]);
		}
		if (batch.failure != null) {
			rethrow(batch.failure);
		}
		long rows = rowsBefore + batch.seen;
		for (long step = rowsBefore / CsvTable.PROGRESS_EVERY + 1; step <= rows / CsvTable.PROGRESS_EVERY; step++) {
			progress.rowsRead(file, step * CsvTable.PROGRESS_EVERY, false);
		}
		return rows;
	}

	/**
	 * Sizes the columns from the first batch of a file of several: its rows per byte, times the
	 * file's size, and a little more, since a column that falls short grows by half a copy.
	 */
	private void expectRows(RowBatch first, RegisterFiles.RowLines lines) {
		if (first.offset <= 0 || first.rows == 0) {
			return;
		}
		long estimate = (long) (fileSize * ((double) first.seen / first.offset) * 1.02) + 64;
		int rows = (int) Math.min(estimate, Integer.MAX_VALUE - 16);
		lines.expect(rows);
		switch (register) {
		case CONTRACTS -> builder.contracts().expect(rows);
		case BENEFICIARIES -> builder.beneficiaries().expect(rows);
		case PAYMENTS -> builder.payments().expect(rows);
		case CLAIMS -> {
			builder.claims().expect(rows);
			long idBytes = 0;
			for (int r = 0; r < first.rows; r++) {
				idBytes += first.textLength[RegisterColumn.CLAIM_ID.index()][r];
			}
			// Numbered ids grow longer down the file: a quarter more bytes than the first ones, and two a row.
			builder.claimIds().expect(rows, (idBytes * rows / first.rows + 2L * rows) * 5 / 4);
		}
		}
	}

	/** Claim ids are appended, one per claim, not looked up (see TextDictionary#append); the rules find repeated ones. */
	private void appendClaimIds(RowBatch batch, int index) {
		TextDictionary ids = dictionaries[index];
		int[] starts = batch.textStart[index];
		int[] lengths = batch.textLength[index];
		int[] codes = batch.codes[index];
		for (int r = 0; r < batch.rows; r++) {
			// claim_id is required: a kept row always has one
			codes[r] = ids.append(batch.textBytes, starts[r], lengths[r]);
		}
	}

	private static void rethrow(Throwable failure) throws IOException {
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		throw new IOException(failure);
	}

	private void addRow(RowBatch b, int r) {
		int[][] c = b.codes;
		switch (register) {
		case CONTRACTS -> builder.contracts().add(c[0][r], b.dates[1][r], b.dates[2][r], b.dates[4][r],
				b.amounts[3][r], (MembershipType) b.literals[5][r], (MembershipUnit) b.literals[6][r], c[7][r], c[8][r],
				c[9][r]);
		case BENEFICIARIES -> builder.beneficiaries().add(c[0][r], c[1][r], (BeneficiaryRole) b.literals[2][r],
				(Sex) b.literals[3][r], b.dates[4][r], b.dates[5][r], b.dates[6][r]);
		case PAYMENTS -> builder.payments().add(c[0][r], b.dates[1][r], b.dates[2][r], b.amounts[3][r]);
		case CLAIMS -> builder.claims().add(c[0][r], c[1][r], c[2][r], c[3][r], b.dates[4][r],
				(ClaimStatus) b.literals[5][r], b.amounts[6][r], b.amounts[7][r], b.dates[8][r], b.dates[9][r],
				b.dates[10][r], b.dates[11][r]);
		}
	}

	/** Maps the header's fields onto the declared columns; @return the number of fields, or -1 */
	private int header() throws CharacterCodingException {
		Arrays.fill(fieldOf, -1);
		boolean valid = true;
		for (int field = 0; field < csv.fieldCount(); field++) {
			String name = csv.text(field).trim();
			RegisterColumn column = Arrays.stream(columns).filter(c -> c.column().equals(name)).findFirst().orElse(null);
			if (column == null) {
				problems.warning(file, 1, problems.messages().get("header.unknown", name));
			} else if (fieldOf[column.index()] >= 0) {
				problems.error(file, 1, problems.messages().get("header.twice", name));
				valid = false;
			} else {
				fieldOf[column.index()] = field;
			}
		}
		for (RegisterColumn column : columns) {
			if (column.required() && fieldOf[column.index()] < 0) {
				problems.error(file, 1, problems.messages().get("header.missing", column.column()));
				valid = false;
			}
		}
		return valid ? csv.fieldCount() : -1;
	}

	/** @return the dictionary a text column's values go to */
	private TextDictionary dictionary(RegisterColumn column) {
		return switch (column) {
		case CONTRACT_MEMBER, BENEFICIARY_MEMBER, PAYMENT_MEMBER -> builder.members();
		case BENEFICIARY_ID, CLAIM_BENEFICIARY -> builder.beneficiaryIds();
		case CLAIM_ID -> builder.claimIds();
		case CLAIM_PROVIDER -> builder.providers();
		case CLAIM_CATEGORY -> builder.categories();
		case CONTRACT_AREA -> builder.areas();
		case CONTRACT_PROMOTER -> builder.promoters();
		case CONTRACT_PLAN -> builder.plans();
		default -> throw new IllegalArgumentException(column + " is not a text column");
		};
	}

	private void problem(int line, int column, String reason) {
		if (reported < REPORTED_PER_FILE) {
			problems.error(file, line, column, reason);
			reported++;
		} else {
			unreported++;
		}
	}

	/** @return the 1-based position of a column in this file's header, 0 when the file lacks it */
	int position(String columnName) {
		for (RegisterColumn column : columns) {
			if (column.column().equals(columnName)) {
				return fieldOf[column.index()] + 1;
			}
		}
		return 0;
	}
}
