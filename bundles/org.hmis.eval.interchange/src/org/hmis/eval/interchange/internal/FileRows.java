/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.interchange.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.hmis.eval.interchange.PersonIds;
import org.hmis.eval.interchange.format.Column;
import org.hmis.eval.interchange.format.InterchangeFile;
import org.hmis.eval.interchange.format.InterchangeFormat;
import org.hmis.eval.model.AccountingYear;
import org.hmis.eval.model.Evaluation;
import org.hmis.eval.model.ModelPackage;
import org.hmis.eval.model.Scheme;
import org.hmis.eval.model.registers.BeneficiaryRow;
import org.hmis.eval.model.registers.ClaimRow;
import org.hmis.eval.model.registers.ContractRow;
import org.hmis.eval.model.registers.PaymentRow;
import org.hmis.eval.model.registers.Register;
import org.hmis.eval.model.registers.RegisterTables;

/**
 * The rows of one interchange file of an evaluation, as typed values in the order of the file's
 * header (the inverse of the readers): the exporter writes them as CSV and the workbook as cells.
 * Rows are handed over one at a time, so that a register of millions of rows is never held as text.
 */
public final class FileRows {

	/** Receives the rows of a file. */
	@FunctionalInterface
	public interface Sink {
		void row(List<Object> values) throws IOException;
	}

	private FileRows() {
	}

	/** @return the header of the file: its columns' names ({@code key, value} for settings) */
	public static List<String> header(InterchangeFile file) {
		if (file.layout() == InterchangeFile.Layout.SETTINGS) {
			return List.of(CsvTable.KEY, CsvTable.VALUE);
		}
		return file.columns().stream().map(Column::name).toList();
	}

	/** @return true when the evaluation has no row for the file */
	public static boolean isEmpty(InterchangeFile file, Evaluation evaluation) {
		return switch (file.layout()) {
		case SETTINGS -> evaluation.getScheme() == null;
		case ROWS -> owners(file, evaluation).stream().allMatch(owner -> values(owner.object(), file).isEmpty());
		case REGISTER -> tables(evaluation).size(register(file)) == 0;
		};
	}

	/** Hands every row of {@code file} to {@code sink}, in the model's order, identities as given. */
	public static void forEach(InterchangeFile file, Evaluation evaluation, Sink sink) throws IOException {
		forEach(file, evaluation, PersonIds.AS_GIVEN, sink);
	}

	/**
	 * Hands every row of {@code file} to {@code sink}, in the model's order, with the members and
	 * beneficiaries named as {@code ids} says.
	 */
	public static void forEach(InterchangeFile file, Evaluation evaluation, PersonIds ids, Sink sink)
			throws IOException {
		switch (file.layout()) {
		case SETTINGS -> settings(file, evaluation.getScheme(), sink);
		case ROWS -> {
			for (Owner owner : owners(file, evaluation)) {
				for (EObject object : values(owner.object(), file)) {
					sink.row(row(file, object, owner.year()));
				}
			}
		}
		case REGISTER -> registerRows(register(file), tables(evaluation), ids, sink);
		}
	}

	private static void settings(InterchangeFile file, Scheme scheme, Sink sink) throws IOException {
		if (scheme == null) {
			return;
		}
		for (Column column : file.columns()) {
			List<Object> row = new ArrayList<>(2);
			row.add(column.name());
			row.add(value(scheme, column.feature().orElseThrow()));
			sink.row(row);
		}
	}

	private static List<Object> row(InterchangeFile file, EObject object, Integer year) {
		List<Object> row = new ArrayList<>(file.columns().size());
		for (Column column : file.columns()) {
			row.add(InterchangeFormat.isYear(column) ? year : value(object, column.feature().orElseThrow()));
		}
		return row;
	}

	/** @return the feature's value; null for an optional value never given (an unset attribute) */
	private static Object value(EObject object, EStructuralFeature feature) {
		if (feature.isUnsettable() && !object.eIsSet(feature)) {
			return null;
		}
		return object.eGet(feature);
	}

	/** The object that holds a file's rows, and its accounting year when it is one. */
	private record Owner(EObject object, Integer year) {
	}

	private static List<Owner> owners(InterchangeFile file, Evaluation evaluation) {
		EReference reference = file.reference().orElseThrow();
		if (reference.getEContainingClass() == ModelPackage.Literals.ACCOUNTING_YEAR) {
			return evaluation.getYears().stream().map(year -> new Owner(year, ((AccountingYear) year).getYear())).toList();
		}
		if (reference.getEContainingClass() == ModelPackage.Literals.SCHEME) {
			return evaluation.getScheme() == null ? List.of() : List.of(new Owner(evaluation.getScheme(), null));
		}
		return List.of(new Owner(evaluation, null));
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject owner, InterchangeFile file) {
		EReference reference = file.reference().orElseThrow();
		Object value = owner.eGet(reference);
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static Register register(InterchangeFile file) {
		for (Register register : Register.values()) {
			if (InterchangeFormat.forRegister(register) == file) {
				return register;
			}
		}
		throw new IllegalArgumentException(file + " is not a register");
	}

	private static RegisterTables tables(Evaluation evaluation) {
		return evaluation.getRegisters() == null || evaluation.getRegisters().getTables() == null ? RegisterTables.EMPTY
				: evaluation.getRegisters().getTables();
	}

	/** The register's rows in the order of {@link RegisterColumn}, which declares their columns. */
	private static void registerRows(Register register, RegisterTables tables, PersonIds ids, Sink sink)
			throws IOException {
		for (int r = 0, rows = tables.size(register); r < rows; r++) {
			sink.row(switch (register) {
			case CONTRACTS -> {
				ContractRow c = ContractRow.of(tables, r);
				yield values(ids.member(c.memberId()), c.startDate(), c.endDate(), c.premiumDue(), c.dueDate(),
						c.membershipType(), c.membershipUnit(), c.area(), c.promoter(), c.plan());
			}
			case BENEFICIARIES -> {
				BeneficiaryRow b = BeneficiaryRow.of(tables, r);
				yield values(ids.beneficiary(b.beneficiaryId()), ids.member(b.memberId()), b.role(), b.sex(),
						b.birthDate(), b.startDate(), b.endDate());
			}
			case PAYMENTS -> {
				PaymentRow p = PaymentRow.of(tables, r);
				yield values(ids.member(p.memberId()), p.contractStart(), p.paymentDate(), p.amount());
			}
			case CLAIMS -> {
				ClaimRow c = ClaimRow.of(tables, r);
				yield values(c.claimId(), ids.beneficiary(c.beneficiaryId()), c.provider(), c.category(),
						c.serviceDate(), c.status(), c.amountCovered(), c.copayment(), c.decisionDate(), c.paidDate(),
						c.admissionDate(), c.dischargeDate());
			}
			});
		}
	}

	private static List<Object> values(Object... values) {
		return java.util.Arrays.asList(values);
	}
}
