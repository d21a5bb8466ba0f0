/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import org.hmis.eval.model.MembershipType;
import org.hmis.eval.model.MembershipUnit;

/**
 * The contracts register (one row per member and period of cover), column by column. Members,
 * areas, promoters and plans are codes of the tables' dictionaries; dates are {@link Days},
 * amounts {@link Amounts}; -1 marks a name that was not given.
 */
public final class ContractTable {

	/** The membership type of a contract that gives none (interchange specification, section 1). */
	public static final MembershipType DEFAULT_TYPE = MembershipType.VOLUNTARY;
	/** The membership unit of a contract that gives none. */
	public static final MembershipUnit DEFAULT_UNIT = MembershipUnit.FAMILY;


	final int[] member;
	final int[] start;
	final int[] end;
	final int[] due;
	final long[] premiumDue;
	final byte[] type;
	final byte[] unit;
	final int[] area;
	final int[] promoter;
	final int[] plan;

	ContractTable(int[] member, int[] start, int[] end, int[] due, long[] premiumDue, byte[] type, byte[] unit,
			int[] area, int[] promoter, int[] plan) {
		int rows = member.length;
		Columns.checkLengths(rows, start, end, due, premiumDue, type, unit, area, promoter, plan);
		this.member = member;
		this.start = start;
		this.end = end;
		this.due = due;
		this.premiumDue = premiumDue;
		this.type = type;
		this.unit = unit;
		this.area = area;
		this.promoter = promoter;
		this.plan = plan;
	}

	public int size() {
		return member.length;
	}

	public int member(int row) {
		return member[row];
	}

	public int start(int row) {
		return start[row];
	}

	public int end(int row) {
		return end[row];
	}

	/** @return the day the premium falls due (the start day when the register did not say) */
	public int due(int row) {
		return due[row];
	}

	public long premiumDue(int row) {
		return premiumDue[row];
	}

	public MembershipType membershipType(int row) {
		return MembershipType.get(type[row]);
	}

	public MembershipUnit membershipUnit(int row) {
		return MembershipUnit.get(unit[row]);
	}

	/** @return the area's code, or -1 */
	public int area(int row) {
		return area == null ? -1 : area[row];
	}

	public int promoter(int row) {
		return promoter == null ? -1 : promoter[row];
	}

	public int plan(int row) {
		return plan == null ? -1 : plan[row];
	}

	/** Collects contract rows while a register is read. */
	public static final class Builder {

		private final GrowingColumns.Hint hint = new GrowingColumns.Hint();
		private final GrowingColumns.Ints member = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints start = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints end = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Ints due = new GrowingColumns.Ints(Days.NONE, hint);
		private final GrowingColumns.Longs premiumDue = new GrowingColumns.Longs(hint);
		private final GrowingColumns.Bytes type = new GrowingColumns.Bytes(hint);
		private final GrowingColumns.Bytes unit = new GrowingColumns.Bytes(hint);
		private final GrowingColumns.Ints area = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints promoter = new GrowingColumns.Ints(-1, hint);
		private final GrowingColumns.Ints plan = new GrowingColumns.Ints(-1, hint);
		private int size;

		Builder() {
		}

		/**
		 * Adds a row; {@code due} may be {@link Days#NONE} (then the start day), {@code type} and
		 * {@code unit} null (voluntary, family: the interchange format's defaults), names -1.
		 *
		 * @return the row's index
		 */
		public int add(int memberCode, int startDay, int endDay, int dueDay, long premium, MembershipType membershipType,
				MembershipUnit membershipUnit, int areaCode, int promoterCode, int planCode) {
			member.add(memberCode);
			start.add(startDay);
			end.add(endDay);
			due.add(dueDay == Days.NONE ? startDay : dueDay);
			premiumDue.add(premium);
			type.add((byte) (membershipType == null ? DEFAULT_TYPE : membershipType).getValue());
			unit.add((byte) (membershipUnit == null ? DEFAULT_UNIT : membershipUnit).getValue());
			area.add(areaCode);
			promoter.add(promoterCode);
			plan.add(planCode);
			return size++;
		}

		public int size() {
			return size;
		}

		/** Sizes the columns for about {@code rows} rows before they are added (a reader's estimate). */
		public void expect(int rows) {
			hint.rows = Math.max(rows, size);
		}

		ContractTable build() {
			return new ContractTable(member.take(), start.take(), end.take(), due.take(),
					premiumDue.take(), type.take(), unit.take(), area.takeOrNull(), promoter.takeOrNull(),
					plan.takeOrNull());
		}
	}
}
