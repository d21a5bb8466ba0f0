/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import org.hmis.eval.model.BeneficiaryRole;
import org.hmis.eval.model.Sex;

/**
 * The beneficiaries register (members themselves and their dependants), column by column. The
 * id is a code of the beneficiary-id dictionary, the member a code of the member dictionary; the
 * optional sex is -1 when not given, optional dates {@link Days#NONE}.
 */
public final class BeneficiaryTable {

	final int[] id;
	final int[] member;
	final byte[] role;
	final byte[] sex;
	final int[] birth;
	final int[] start;
	final int[] end;

	BeneficiaryTable(int[] id, int[] member, byte[] role, byte[] sex, int[] birth, int[] start, int[] end) {
		Columns.checkLengths(id.length, member, role, sex, birth, start, end);
		this.id = id;
		this.member = member;
		this.role = role;
		this.sex = sex;
		this.birth = birth;
		this.start = start;
		this.end = end;
	}

	public int size() {
		return id.length;
	}

	public int id(int row) {
		return id[row];
	}

	public int member(int row) {
		return member[row];
	}

	public BeneficiaryRole role(int row) {
		return BeneficiaryRole.get(role[row]);
	}

	public boolean isDependent(int row) {
		return role[row] == BeneficiaryRole.DEPENDENT_VALUE;
	}

	/** @return the sex, or null when the register does not say */
	public Sex sex(int row) {
		return sex == null || sex[row] < 0 ? null : Sex.get(sex[row]);
	}

	public int birth(int row) {
		return birth == null ? Days.NONE : birth[row];
	}

	/** @return the beneficiary's own first day of cover, or {@link Days#NONE} */
	public int start(int row) {
		return start == null ? Days.NONE : start[row];
	}

	public int end(int row) {
		return end == null ? Days.NONE : end[row];
	}

	/** Collects beneficiary rows while a register is read. */
	public static final class Builder {

		private final GrowingColumns.Hint hint = new GrowingColumns.Hint();
		private final GrowingColumns.Ints id = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints member = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Bytes role = new GrowingColumns.Bytes(hint);
		private final GrowingColumns.Bytes sex = new GrowingColumns.Bytes(hint);
		private final GrowingColumns.Ints birth = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints start = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints end = new GrowingColumns.Ints(Days.NONE, hint);
		private int size;

		Builder() {
		}

		/** Adds a row ({@code sexOrNull} null when unknown); @return the row's index */
		public int add(int idCode, int memberCode, BeneficiaryRole beneficiaryRole, Sex sexOrNull, int birthDay,
				int startDay, int endDay) {
			id.add(idCode);
			member.add(memberCode);
			role.add((byte) beneficiaryRole.getValue());
			sex.add(sexOrNull == null ? -1 : (byte) sexOrNull.getValue());
			birth.add(birthDay);
			start.add(startDay);
			end.add(endDay);
			return size++;
		}

		public int size() {
			return size;
		}

		/** Sizes the columns for about {@code rows} rows before they are added (a reader's estimate). */
		public void expect(int rows) {
			hint.rows = Math.max(rows, size);
		}

		BeneficiaryTable build() {
			return new BeneficiaryTable(id.take(), member.take(), role.take(), sex.takeOrNull(),
					birth.takeOrNull(), start.takeOrNull(), end.takeOrNull());
		}
	}
}
