/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic scheme as an interchange folder (../shared/spec/interchange.md section 1, and
 * the scheme's lists of docs/interchange-extensions.md) for the register-scale benchmark: M members,
 * B beneficiaries (one with role {@code member} per member, the others dependants spread at random
 * over the households) and C claims. Year N is 2024, a calendar accounting year; contracts are for
 * 2023 and 2024. The same arguments always give the same bytes.
 *
 * <p>
 * A single-file program, no dependencies: {@code java GenerateRegisters.java M B C FOLDER [SEED]}.
 * Prints the number of rows of each file on standard output, one {@code file rows} pair a line.
 *
 * <p>
 * What the scheme looks like (fractions of members, of dependants, of claims):
 * <ul>
 * <li>contracts of twelve months starting on the first of a month, so ending on a month end: 70 %
 * renew in 2024 without a gap, 10 % lapse (no 2024 contract), 6 % re-enrol in 2024 after one to
 * four months without cover, 9 % join in 2024, 5 % hold two six-month contracts in 2024; 24 areas,
 * four of them entered in 2024 (only members who join in 2024 live there); voluntary, compulsory and
 * automatic membership; individual units for single-person households, family or group otherwise;</li>
 * <li>payments: 92 % of contracts paid in full within three weeks of their start, 4 % in two
 * instalments, 4 % not paid;</li>
 * <li>beneficiaries: sex and birth date (0.5 % without birth date), 3 % of dependants with their own
 * start date and 2 % with their own end date in 2024;</li>
 * <li>40 providers (28 health centres offering outpatient care, medicines and obstetrics, 8
 * hospitals offering the seven categories, 4 pharmacies offering medicines); claims: 95 % with a
 * service date in 2024 inside the beneficiary's cover, 4 % in the last quarter of 2023, 1 % in
 * January 2025; authorized 92 %, rejected 5 %, pending 3 %, and rejected whenever the service date
 * is outside the beneficiary's cover; 60 % with a co-payment.</li>
 * </ul>
 */
public final class GenerateRegisters {

	private static final int YEAR = 2024;
	private static final int AREAS = 24;
	private static final int NEW_AREAS = 4; // areas 21..24 are entered in 2024
	private static final String[] CATEGORIES = { "outpatient", "medicines", "surgery", "obstetrics",
			"hospitalization", "programmed", "specialist" };
	private static final int HEALTH_CENTRES = 28;
	private static final int HOSPITALS = 8;
	private static final int PHARMACIES = 4;
	/** cumulative weights (per mille) of the categories for each kind of provider, in CATEGORIES order */
	private static final int[] CENTRE_MIX = cumulative(500, 400, 0, 100, 0, 0, 0);
	private static final int[] HOSPITAL_MIX = cumulative(200, 250, 80, 120, 150, 50, 150);
	/** lowest amount and range (in steps of 50) of amount_covered per category */
	private static final int[] AMOUNT_LOW = { 1500, 500, 50000, 10000, 20000, 30000, 5000 };
	private static final int[] AMOUNT_STEPS = { 90, 150, 4000, 600, 2000, 2400, 300 };

	/** ISO text of every day from FIRST_DAY on, so that no row formats a date */
	private static final long FIRST_DAY = LocalDate.of(1940, 1, 1).toEpochDay();
	private static final byte[][] DATES = dates(FIRST_DAY, LocalDate.of(2027, 1, 1).toEpochDay());

	public static void main(String[] args) throws IOException {
		if (args.length < 4) {
			System.err.println("usage: java GenerateRegisters.java MEMBERS BENEFICIARIES CLAIMS FOLDER [SEED]");
			System.exit(2);
		}
		int members = Integer.parseInt(args[0]);
		int beneficiaries = Integer.parseInt(args[1]);
		long claims = Long.parseLong(args[2]);
		Path folder = Path.of(args[3]);
		long seed = args.length > 4 ? Long.parseLong(args[4]) : 20240101L;
		if (members < 1 || beneficiaries < members || claims < 0) {
			System.err.println("need MEMBERS >= 1, BENEFICIARIES >= MEMBERS, CLAIMS >= 0");
			System.exit(2);
		}
		Files.createDirectories(folder);
		new GenerateRegisters(members, beneficiaries, seed).write(folder, claims);
	}

	private final int members;
	private final int beneficiaries;
	private final long seed;
	/** per member: dependants, then up to two covered periods (epoch days, inclusive; 0 = none) */
	private final int[] dependants;
	private final int[] cover1Start, cover1End, cover2Start, cover2End;
	/** per beneficiary: its member (index) and own start and end (epoch days; 0 = none) */
	private final int[] memberOf;
	private final int[] ownStart, ownEnd;

	private GenerateRegisters(int members, int beneficiaries, long seed) {
		this.members = members;
		this.beneficiaries = beneficiaries;
		this.seed = seed;
		dependants = new int[members];
		cover1Start = new int[members];
		cover1End = new int[members];
		cover2Start = new int[members];
		cover2End = new int[members];
		memberOf = new int[beneficiaries];
		ownStart = new int[beneficiaries];
		ownEnd = new int[beneficiaries];
	}

	private void write(Path folder, long claims) throws IOException {
		// every file has its own stream of random numbers, so that changing one file's rules leaves the others alone
		SplittableRandom households = new SplittableRandom(seed);
		for (int d = members; d < beneficiaries; d++) {
			dependants[households.nextInt(members)]++;
		}
		writeLists(folder);
		long contracts = writeContractsAndPayments(folder, new SplittableRandom(seed + 1));
		long people = writeBeneficiaries(folder, new SplittableRandom(seed + 2));
		long claimRows = writeClaims(folder, claims, new SplittableRandom(seed + 3));
		System.out.println("contracts.csv " + (contracts >>> 32));
		System.out.println("payments.csv " + (contracts & 0xffffffffL));
		System.out.println("beneficiaries.csv " + people);
		System.out.println("claims.csv " + claimRows);
	}

	private static void writeLists(Path folder) throws IOException {
		Files.writeString(folder.resolve("scheme.csv"), """
				key,value
				name,Synthetic district union
				country,
				currency,MU
				first_year_of_operation,2015
				accounting_year_start_month,1
				enrolment,open
				premium_payment,single
				payment_system,third_party
				renewal_window_days,30
				""", StandardCharsets.UTF_8);
		StringBuilder categories = new StringBuilder("category,label\n");
		for (String category : CATEGORIES) {
			categories.append(category).append(",\n");
		}
		Files.writeString(folder.resolve("service_categories.csv"), categories, StandardCharsets.UTF_8);
		StringBuilder providers = new StringBuilder("provider,kind,categories,contracted,remark\n");
		for (int p = 0; p < HEALTH_CENTRES + HOSPITALS + PHARMACIES; p++) {
			String kind = p < HEALTH_CENTRES ? "health_centre" : p < HEALTH_CENTRES + HOSPITALS ? "hospital" : "pharmacy";
			String offered = p < HEALTH_CENTRES ? "outpatient;medicines;obstetrics"
					: p < HEALTH_CENTRES + HOSPITALS ? String.join(";", CATEGORIES) : "medicines";
			providers.append(provider(p)).append(',').append(kind).append(',').append(offered).append(",yes,\n");
		}
		Files.writeString(folder.resolve("providers.csv"), providers, StandardCharsets.UTF_8);
	}

	private static String provider(int p) {
		if (p < HEALTH_CENTRES) {
			return String.format("Health Centre %02d", p + 1);
		}
		if (p < HEALTH_CENTRES + HOSPITALS) {
			return String.format("Hospital %02d", p - HEALTH_CENTRES + 1);
		}
		return String.format("Pharmacy %02d", p - HEALTH_CENTRES - HOSPITALS + 1);
	}

	/** @return contracts in the high 32 bits, payments in the low ones */
	private long writeContractsAndPayments(Path folder, SplittableRandom random) throws IOException {
		long contractRows = 0;
		long paymentRows = 0;
		try (Out contracts = new Out(folder.resolve("contracts.csv"));
				Out payments = new Out(folder.resolve("payments.csv"))) {
			contracts.text("member_id,start_date,end_date,premium_due,membership_type,membership_unit,area\n");
			payments.text("member_id,contract_start,payment_date,amount\n");
			byte[][] types = { ascii("voluntary"), ascii("compulsory"), ascii("automatic") };
			byte[][] units = { ascii("individual"), ascii("family"), ascii("group") };
			for (int m = 0; m < members; m++) {
				int startMonth = 1 + random.nextInt(12);
				int pattern = random.nextInt(100);
				int typeDraw = random.nextInt(100);
				byte[] type = types[typeDraw < 85 ? 0 : typeDraw < 95 ? 1 : 2];
				byte[] unit = units[dependants[m] == 0 ? 0 : random.nextInt(20) == 0 ? 2 : 1];
				boolean joins = pattern >= 86 && pattern < 95;
				int area = joins && random.nextInt(3) == 0 ? AREAS - NEW_AREAS + 1 + random.nextInt(NEW_AREAS)
						: 1 + random.nextInt(AREAS - NEW_AREAS);
				int premium = dependants[m] == 0 ? 3000 : 2000 + 1000 * Math.min(dependants[m] + 1, 6);
				int[] starts = new int[2];
				int[] ends = new int[2];
				int count;
				if (pattern < 70) { // renews without a gap
					starts[0] = day(YEAR - 1, startMonth, 1);
					starts[1] = day(YEAR, startMonth, 1);
					ends[0] = starts[1] - 1;
					ends[1] = day(YEAR + 1, startMonth, 1) - 1;
					count = 2;
				} else if (pattern < 80) { // lapses: falls due in 2024 (or on 2024-01-01) and is not renewed
					starts[0] = day(YEAR - 1, startMonth, 1);
					ends[0] = day(YEAR, startMonth, 1) - 1;
					count = 1;
				} else if (pattern < 86) { // re-enrols after one to four months without cover
					int gap = 1 + random.nextInt(4);
					int again = Math.min(startMonth + gap, 12);
					starts[0] = day(YEAR - 1, startMonth, 1);
					ends[0] = day(YEAR, startMonth, 1) - 1;
					starts[1] = again > startMonth ? day(YEAR, again, 1) : day(YEAR, startMonth, 1);
					ends[1] = LocalDateDays.plusYear(starts[1]) - 1;
					count = 2;
				} else if (joins) { // joins in 2024
					starts[0] = day(YEAR, startMonth, 1);
					ends[0] = day(YEAR + 1, startMonth, 1) - 1;
					count = 1;
				} else { // two six-month contracts in 2024
					starts[0] = day(YEAR, 1, 1);
					ends[0] = day(YEAR, 7, 1) - 1;
					starts[1] = day(YEAR, 7, 1);
					ends[1] = day(YEAR + 1, 1, 1) - 1;
					premium /= 2;
					count = 2;
				}
				cover1Start[m] = starts[0];
				cover1End[m] = ends[0];
				cover2Start[m] = count > 1 ? starts[1] : 0;
				cover2End[m] = count > 1 ? ends[1] : 0;
				for (int c = 0; c < count; c++) {
					contracts.memberId(m).comma().date(starts[c]).comma().date(ends[c]).comma().number(premium)
							.comma().bytes(type).comma().bytes(unit).comma().text("Area ").number(area).newline();
					contractRows++;
					int paid = random.nextInt(100);
					if (paid < 92) {
						payments.memberId(m).comma().date(starts[c]).comma().date(starts[c] + random.nextInt(21))
								.comma().number(premium).newline();
						paymentRows++;
					} else if (paid < 96) {
						int first = premium / 2;
						payments.memberId(m).comma().date(starts[c]).comma().date(starts[c]).comma().number(first)
								.newline();
						payments.memberId(m).comma().date(starts[c]).comma().date(starts[c] + 90).comma()
								.number(premium - first).newline();
						paymentRows += 2;
					}
				}
			}
		}
		return contractRows << 32 | paymentRows;
	}

	private long writeBeneficiaries(Path folder, SplittableRandom random) throws IOException {
		long rows = 0;
		try (Out out = new Out(folder.resolve("beneficiaries.csv"))) {
			out.text("beneficiary_id,member_id,role,sex,birth_date,start_date,end_date\n");
			int b = 0;
			for (int m = 0; m < members; m++) {
				for (int k = 0; k <= dependants[m]; k++, b++) {
					memberOf[b] = m;
					boolean member = k == 0;
					int birth;
					if (member || k == 1 && random.nextInt(10) < 4) { // the member, or a spouse
						birth = day(1950, 1, 1) + random.nextInt(50 * 365);
					} else {
						birth = day(2000, 1, 1) + random.nextInt(24 * 365); // children born 2000 to 2023
					}
					out.text("B").number(b + 1L).comma().memberId(m).comma().text(member ? "member" : "dependent")
							.comma().text(random.nextBoolean() ? "F" : "M").comma();
					if (random.nextInt(200) != 0) {
						out.date(birth);
					}
					out.comma();
					if (!member && random.nextInt(100) < 3) { // joined the household's cover in 2024
						int month = 2 + random.nextInt(11);
						ownStart[b] = day(YEAR, month, 1);
						out.date(ownStart[b]);
					}
					out.comma();
					if (!member && random.nextInt(100) < 2) { // left it at a month end of 2024
						int month = 1 + random.nextInt(12);
						int end = month == 12 ? day(YEAR, 12, 31) : day(YEAR, month + 1, 1) - 1;
						if (ownStart[b] == 0 || end >= ownStart[b]) {
							ownEnd[b] = end;
							out.date(end);
						}
					}
					out.newline();
					rows++;
				}
			}
		}
		return rows;
	}

	private long writeClaims(Path folder, long claims, SplittableRandom random) throws IOException {
		byte[][] providers = new byte[HEALTH_CENTRES + HOSPITALS + PHARMACIES][];
		for (int p = 0; p < providers.length; p++) {
			providers[p] = ascii(provider(p));
		}
		byte[][] categories = new byte[CATEGORIES.length][];
		for (int c = 0; c < CATEGORIES.length; c++) {
			categories[c] = ascii(CATEGORIES[c]);
		}
		byte[] authorized = ascii("authorized");
		byte[] rejected = ascii("rejected");
		byte[] pending = ascii("pending");
		int yearStart = day(YEAR, 1, 1);
		int yearEnd = day(YEAR, 12, 31);
		int lastQuarter = day(YEAR - 1, 10, 1);
		int january = day(YEAR + 1, 1, 1);
		try (Out out = new Out(folder.resolve("claims.csv"))) {
			out.text("claim_id,beneficiary_id,provider,category,service_date,status,amount_covered,copayment\n");
			for (long id = 1; id <= claims; id++) {
				int b = random.nextInt(beneficiaries);
				int m = memberOf[b];
				int when = random.nextInt(100);
				int date;
				if (when < 95) {
					date = dayCovered(m, yearStart, yearEnd, random);
				} else if (when < 99) {
					date = lastQuarter + random.nextInt(92);
				} else {
					date = january + random.nextInt(31);
				}
				int kind = random.nextInt(100);
				int provider;
				int category;
				if (kind < 60) {
					provider = random.nextInt(HEALTH_CENTRES);
					category = pick(CENTRE_MIX, random.nextInt(1000));
				} else if (kind < 90) {
					provider = HEALTH_CENTRES + random.nextInt(HOSPITALS);
					category = pick(HOSPITAL_MIX, random.nextInt(1000));
				} else {
					provider = HEALTH_CENTRES + HOSPITALS + random.nextInt(PHARMACIES);
					category = 1;
				}
				int statusDraw = random.nextInt(100);
				byte[] status = !entitled(b, m, date) || statusDraw >= 97 ? rejected
						: statusDraw < 92 ? authorized : pending;
				int amount = AMOUNT_LOW[category] + 50 * random.nextInt(AMOUNT_STEPS[category]);
				out.text("C").number(id).comma().text("B").number(b + 1L).comma().bytes(providers[provider]).comma()
						.bytes(categories[category]).comma().date(date).comma().bytes(status).comma().number(amount);
				if (random.nextInt(20) == 0) {
					out.text(".50");
				}
				out.comma();
				if (random.nextInt(10) < 6) {
					out.number(amount / 4);
				}
				out.newline();
			}
		}
		return claims;
	}

	/** a day of [from, to] inside the member's cover, chosen evenly; any day of it when there is none */
	private int dayCovered(int m, int from, int to, SplittableRandom random) {
		int a1 = Math.max(from, cover1Start[m]);
		int b1 = Math.min(to, cover1End[m]);
		int len1 = Math.max(0, b1 - a1 + 1);
		int a2 = cover2Start[m] == 0 ? 0 : Math.max(from, cover2Start[m]);
		int b2 = cover2Start[m] == 0 ? -1 : Math.min(to, cover2End[m]);
		int len2 = Math.max(0, b2 - a2 + 1);
		if (len1 + len2 == 0) {
			return from + random.nextInt(to - from + 1);
		}
		int r = random.nextInt(len1 + len2);
		return r < len1 ? a1 + r : a2 + r - len1;
	}

	private boolean entitled(int b, int m, int date) {
		boolean covered = cover1Start[m] <= date && date <= cover1End[m]
				|| cover2Start[m] != 0 && cover2Start[m] <= date && date <= cover2End[m];
		return covered && (ownStart[b] == 0 || ownStart[b] <= date) && (ownEnd[b] == 0 || date <= ownEnd[b]);
	}

	private static int pick(int[] cumulative, int draw) {
		int c = 0;
		while (draw >= cumulative[c]) {
			c++;
		}
		return c;
	}

	private static int[] cumulative(int... weights) {
		int[] sums = new int[weights.length];
		int sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			sums[i] = sum;
		}
		return sums;
	}

	private static int day(int year, int month, int day) {
		return (int) LocalDate.of(year, month, day).toEpochDay();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static byte[][] dates(long from, long to) {
		byte[][] dates = new byte[(int) (to - from)][];
		for (long d = from; d < to; d++) {
			dates[(int) (d - from)] = ascii(LocalDate.ofEpochDay(d).toString());
		}
		return dates;
	}

	/** epoch-day arithmetic that needs the calendar */
	private static final class LocalDateDays {
		static int plusYear(int day) {
			return (int) LocalDate.ofEpochDay(day).plusYears(1).toEpochDay();
		}
	}

	/** A buffered ASCII writer that formats numbers and dates without creating strings. */
	private static final class Out implements Closeable {
		private final OutputStream out;
		private final byte[] buffer = new byte[1 << 20];
		private final byte[] digits = new byte[20];
		private int position;

		Out(Path file) throws IOException {
			out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
		}

		Out bytes(byte[] bytes) throws IOException {
			if (position + bytes.length > buffer.length) {
				flush();
			}
			System.arraycopy(bytes, 0, buffer, position, bytes.length);
			position += bytes.length;
			return this;
		}

		Out text(String ascii) throws IOException {
			return bytes(ascii.getBytes(StandardCharsets.US_ASCII));
		}

		Out comma() throws IOException {
			return single((byte) ',');
		}

		Out newline() throws IOException {
			return single((byte) '\n');
		}

		Out memberId(int m) throws IOException {
			return single((byte) 'M').number(m + 1L);
		}

		Out date(int epochDay) throws IOException {
			return bytes(DATES[(int) (epochDay - FIRST_DAY)]);
		}

		Out number(long value) throws IOException {
			if (value == 0) {
				return single((byte) '0');
			}
			int n = 0;
			for (long v = value; v > 0; v /= 10) {
				digits[n++] = (byte) ('0' + v % 10);
			}
			if (position + n > buffer.length) {
				flush();
			}
			while (n > 0) {
				buffer[position++] = digits[--n];
			}
			return this;
		}

		private Out single(byte b) throws IOException {
			if (position == buffer.length) {
				flush();
			}
			buffer[position++] = b;
			return this;
		}

		private void flush() throws IOException {
			out.write(buffer, 0, position);
			position = 0;
		}

		@Override
		public void close() throws IOException {
			flush();
			out.close();
		}
	}
}
