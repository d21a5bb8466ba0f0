/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.ui.editor;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import org.eclipse.emf.common.util.Enumerator;
import org.hmis.eval.interchange.internal.RegisterColumn;
import org.hmis.eval.model.provider.HmisEditPlugin;
import org.hmis.eval.model.registers.Amounts;
import org.hmis.eval.model.registers.Days;
import org.hmis.eval.model.registers.RegisterTables;
import org.hmis.eval.model.registers.TextDictionary;
import org.hmis.eval.ui.Messages;

/**
 * What the Registers page shows in one cell of a register: read from the columns of the
 * {@link RegisterTables} for one row at a time (only the rows on screen are ever asked for), under
 * the header of its interchange column. Dates are ISO, amounts exact with the locale's grouping,
 * closed values by the edit bundle's labels; a value the register does not give is empty.
 */
final class RegisterCells {

	private final NumberFormat amounts;
	private final Map<Enumerator, String> literals = new HashMap<>();

	RegisterCells(Locale locale) {
		amounts = NumberFormat.getNumberInstance(locale);
		amounts.setGroupingUsed(true);
	}

	/** @return the header of an interchange column, in the workbench's language */
	static String header(RegisterColumn column) {
		return switch (column) {
		case CONTRACT_MEMBER, BENEFICIARY_MEMBER, PAYMENT_MEMBER -> Messages.RegisterColumn_memberId;
		case CONTRACT_START, BENEFICIARY_START -> Messages.RegisterColumn_startDate;
		case CONTRACT_END, BENEFICIARY_END -> Messages.RegisterColumn_endDate;
		case CONTRACT_PREMIUM -> Messages.RegisterColumn_premiumDue;
		case CONTRACT_DUE -> Messages.RegisterColumn_dueDate;
		case CONTRACT_TYPE -> Messages.RegisterColumn_membershipType;
		case CONTRACT_UNIT -> Messages.RegisterColumn_membershipUnit;
		case CONTRACT_AREA -> Messages.RegisterColumn_area;
		case CONTRACT_PROMOTER -> Messages.RegisterColumn_promoter;
		case CONTRACT_PLAN -> Messages.RegisterColumn_plan;
		case BENEFICIARY_ID, CLAIM_BENEFICIARY -> Messages.RegisterColumn_beneficiaryId;
		case BENEFICIARY_ROLE -> Messages.RegisterColumn_role;
		case BENEFICIARY_SEX -> Messages.RegisterColumn_sex;
		case BENEFICIARY_BIRTH -> Messages.RegisterColumn_birthDate;
		case PAYMENT_CONTRACT_START -> Messages.RegisterColumn_contractStart;
		case PAYMENT_DATE -> Messages.RegisterColumn_paymentDate;
		case PAYMENT_AMOUNT -> Messages.RegisterColumn_amount;
		case CLAIM_ID -> Messages.RegisterColumn_claimId;
		case CLAIM_PROVIDER -> Messages.RegisterColumn_provider;
		case CLAIM_CATEGORY -> Messages.RegisterColumn_category;
		case CLAIM_SERVICE -> Messages.RegisterColumn_serviceDate;
		case CLAIM_STATUS -> Messages.RegisterColumn_status;
		case CLAIM_COVERED -> Messages.RegisterColumn_amountCovered;
		case CLAIM_COPAYMENT -> Messages.RegisterColumn_copayment;
		case CLAIM_DECISION -> Messages.RegisterColumn_decisionDate;
		case CLAIM_PAID -> Messages.RegisterColumn_paidDate;
		case CLAIM_ADMISSION -> Messages.RegisterColumn_admissionDate;
		case CLAIM_DISCHARGE -> Messages.RegisterColumn_dischargeDate;
		};
	}

	/** @return the text of {@code column} in row {@code row} of its register */
	String text(RegisterTables tables, RegisterColumn column, int row) {
		var contracts = tables.contracts();
		var beneficiaries = tables.beneficiaries();
		var payments = tables.payments();
		var claims = tables.claims();
		return switch (column) {
		case CONTRACT_MEMBER -> text(tables.members(), contracts.member(row));
		case CONTRACT_START -> date(contracts.start(row));
		case CONTRACT_END -> date(contracts.end(row));
		case CONTRACT_PREMIUM -> amount(contracts.premiumDue(row));
		case CONTRACT_DUE -> date(contracts.due(row));
		case CONTRACT_TYPE -> literal(contracts.membershipType(row));
		case CONTRACT_UNIT -> literal(contracts.membershipUnit(row));
		case CONTRACT_AREA -> text(tables.areas(), contracts.area(row));
		case CONTRACT_PROMOTER -> text(tables.promoters(), contracts.promoter(row));
		case CONTRACT_PLAN -> text(tables.plans(), contracts.plan(row));
		case BENEFICIARY_ID -> text(tables.beneficiaryIds(), beneficiaries.id(row));
		case BENEFICIARY_MEMBER -> text(tables.members(), beneficiaries.member(row));
		case BENEFICIARY_ROLE -> literal(beneficiaries.role(row));
		case BENEFICIARY_SEX -> literal(beneficiaries.sex(row));
		case BENEFICIARY_BIRTH -> date(beneficiaries.birth(row));
		case BENEFICIARY_START -> date(beneficiaries.start(row));
		case BENEFICIARY_END -> date(beneficiaries.end(row));
		case PAYMENT_MEMBER -> text(tables.members(), payments.member(row));
		case PAYMENT_CONTRACT_START -> date(payments.contractStart(row));
		case PAYMENT_DATE -> date(payments.paid(row));
		case PAYMENT_AMOUNT -> amount(payments.amount(row));
		case CLAIM_ID -> text(tables.claimIds(), claims.id(row));
		case CLAIM_BENEFICIARY -> text(tables.beneficiaryIds(), claims.beneficiary(row));
		case CLAIM_PROVIDER -> text(tables.providers(), claims.provider(row));
		case CLAIM_CATEGORY -> text(tables.categories(), claims.category(row));
		case CLAIM_SERVICE -> date(claims.service(row));
		case CLAIM_STATUS -> literal(claims.status(row));
		case CLAIM_COVERED -> amount(claims.covered(row));
		case CLAIM_COPAYMENT -> amount(claims.copayment(row));
		case CLAIM_DECISION -> date(claims.decision(row));
		case CLAIM_PAID -> date(claims.paid(row));
		case CLAIM_ADMISSION -> date(claims.admission(row));
		case CLAIM_DISCHARGE -> date(claims.discharge(row));
		};
	}

	private static String text(TextDictionary dictionary, int code) {
		return code < 0 ? "" : dictionary.text(code);
	}

	/** @return the ISO date of a day number, or empty for {@link Days#NONE} */
	static String date(int day) {
		return day == Days.NONE ? "" : Days.date(day).toString();
	}

	/**
	 * @return the exact amount with the locale's grouping: whole amounts without decimals, others
	 *         with at least two (1,500 and 1,500.50, never rounded)
	 */
	String amount(long scaled) {
		BigDecimal value = Amounts.decimal(scaled);
		if (value == null) {
			return "";
		}
		int decimals = value.scale() <= 0 ? 0 : Math.max(2, value.scale());
		amounts.setMinimumFractionDigits(decimals);
		amounts.setMaximumFractionDigits(decimals);
		return amounts.format(value);
	}

	/** @return the edit bundle's label of a closed value ({@code _UI_ClaimStatus_AUTHORIZED_literal}), else its literal */
	String literal(Enumerator value) {
		if (value == null) {
			return "";
		}
		return literals.computeIfAbsent(value, RegisterCells::label);
	}

	private static String label(Enumerator value) {
		String key = "_UI_" + value.getClass().getSimpleName() + "_" + value.getName() + "_literal";
		try {
			return HmisEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return value.getLiteral();
		}
	}
}
