/*
 * Copyright (c) 2026 HMIS Evaluator contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.hmis.eval.model.registers;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The binary form of {@link RegisterTables}: the dictionaries and the columns, each as a length
 * and its raw values, deflated. It is how registers are saved beside an evaluation document and
 * in the store, so that a document stays small and a national union's registers load in seconds.
 * The digest of the written bytes names the saved tables.
 */
public final class RegisterTablesCodec {

	private static final int MAGIC = 0x484D5247; // "HMRG"
	private static final int VERSION = 1;
	private static final int CHUNK = 1 << 16;

	private RegisterTablesCodec() {
	}

	/**
	 * Writes {@code tables} to {@code out} (not closed).
	 *
	 * @return the hex SHA-256 digest of the bytes written
	 */
	public static String write(RegisterTables tables, OutputStream out) throws IOException {
		MessageDigest sha = sha256();
		DigestOutputStream digested = new DigestOutputStream(new NonClosing(out), sha);
		Deflater deflater = new Deflater(Deflater.BEST_SPEED);
		try (DataOutputStream data = new DataOutputStream(
				new BufferedOutputStream(new DeflaterOutputStream(digested, deflater, CHUNK), CHUNK))) {
			data.writeInt(MAGIC);
			data.writeInt(VERSION);
			for (TextDictionary dictionary : tables.dictionaries()) {
				writeInts(data, dictionary.rawStarts());
				writeBytes(data, dictionary.rawBytes());
			}
			ContractTable c = tables.contracts();
			writeAll(data, c.member, c.start, c.end, c.due, c.premiumDue, c.type, c.unit, c.area, c.promoter, c.plan);
			BeneficiaryTable b = tables.beneficiaries();
			writeAll(data, b.id, b.member, b.role, b.sex, b.birth, b.start, b.end);
			PaymentTable p = tables.payments();
			writeAll(data, p.member, p.contractStart, p.paid, p.amount);
			ClaimTable k = tables.claims();
			writeAll(data, k.id, k.beneficiary, k.provider, k.category, k.service, k.status, k.covered, k.copayment,
					k.decision, k.paid, k.admission, k.discharge);
		} finally {
			deflater.end();
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * Reads tables written by {@link #write} and checks that the bytes read are those of
	 * {@code expectedDigest}, so that a document never gets registers other than the ones it was
	 * saved with.
	 *
	 * @param source names the stream in the message when the digest differs
	 */
	public static RegisterTables readVerified(InputStream in, String expectedDigest, String source)
			throws IOException {
		DigestInputStream digested = new DigestInputStream(in, sha256());
		RegisterTables tables = read(digested);
		digested.transferTo(OutputStream.nullOutputStream());
		if (!HexFormat.of().formatHex(digested.getMessageDigest().digest()).equals(expectedDigest)) {
			throw new IOException(source + " does not hold the registers its evaluation was saved with (their digest differs)");
		}
		return tables;
	}

	/** Reads tables written by {@link #write}; a damaged or foreign stream is an IOException. */
	public static RegisterTables read(InputStream in) throws IOException {
		try (DataInputStream data = new DataInputStream(
				new BufferedInputStream(new InflaterInputStream(new NonClosingInput(in)), CHUNK))) {
			if (data.readInt() != MAGIC) {
				throw new IOException("not a register file of HMIS Evaluator");
			}
			int version = data.readInt();
			if (version != VERSION) {
				throw new IOException("register file version " + version + " is not supported (this version reads "
						+ VERSION + ")");
			}
			TextDictionary[] dictionaries = new TextDictionary[8];
			for (int i = 0; i < dictionaries.length; i++) {
				int[] starts = readInts(data);
				byte[] bytes = readBytes(data);
				dictionaries[i] = TextDictionary.ofRaw(bytes, starts);
			}
			ContractTable contracts = new ContractTable(req(readInts(data)), req(readInts(data)), req(readInts(data)),
					req(readInts(data)), req(readLongs(data)), req(readBytes(data)), req(readBytes(data)), readInts(data),
					readInts(data), readInts(data));
			BeneficiaryTable beneficiaries = new BeneficiaryTable(req(readInts(data)), req(readInts(data)),
					req(readBytes(data)), readBytes(data), readInts(data), readInts(data), readInts(data));
			PaymentTable payments = new PaymentTable(req(readInts(data)), req(readInts(data)), req(readInts(data)),
					req(readLongs(data)));
			ClaimTable claims = new ClaimTable(req(readInts(data)), req(readInts(data)), req(readInts(data)),
					req(readInts(data)), req(readInts(data)), req(readBytes(data)), req(readLongs(data)), readLongs(data),
					readInts(data), readInts(data), readInts(data), readInts(data));
			return new RegisterTables(dictionaries, contracts, beneficiaries, payments, claims);
		} catch (EOFException e) {
			throw new IOException("the register file is cut off", e);
		} catch (IllegalArgumentException e) {
			throw new IOException("the register file is damaged: " + e.getMessage(), e);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("the JVM lacks SHA-256", e);
		}
	}

	private static <T> T req(T column) throws IOException {
		if (column == null) {
			throw new IOException("the register file is damaged: a required column is missing");
		}
		return column;
	}

	private static void writeAll(DataOutputStream data, Object... columns) throws IOException {
		for (Object column : columns) {
			if (column == null) {
				data.writeByte('-');
			} else if (column instanceof int[] ints) {
				writeInts(data, ints);
			} else if (column instanceof long[] longs) {
				writeLongs(data, longs);
			} else {
				writeBytes(data, (byte[]) column);
			}
		}
	}

	private static void writeInts(DataOutputStream data, int[] values) throws IOException {
		data.writeByte('i');
		data.writeInt(values.length);
		ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
		for (int i = 0; i < values.length; i += CHUNK / 4) {
			int n = Math.min(CHUNK / 4, values.length - i);
			buffer.clear();
			buffer.asIntBuffer().put(values, i, n);
			data.write(buffer.array(), 0, n * 4);
		}
	}

	private static void writeLongs(DataOutputStream data, long[] values) throws IOException {
		data.writeByte('l');
		data.writeInt(values.length);
		ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
		for (int i = 0; i < values.length; i += CHUNK / 8) {
			int n = Math.min(CHUNK / 8, values.length - i);
			buffer.clear();
			buffer.asLongBuffer().put(values, i, n);
			data.write(buffer.array(), 0, n * 8);
		}
	}

	private static void writeBytes(DataOutputStream data, byte[] values) throws IOException {
		data.writeByte('b');
		data.writeInt(values.length);
		data.write(values);
	}

	private static int[] readInts(DataInputStream data) throws IOException {
		int length = header(data, 'i');
		if (length < 0) {
			return null;
		}
		int[] values = new int[length];
		byte[] chunk = new byte[CHUNK];
		for (int i = 0; i < length; i += CHUNK / 4) {
			int n = Math.min(CHUNK / 4, length - i);
			data.readFully(chunk, 0, n * 4);
			ByteBuffer.wrap(chunk, 0, n * 4).asIntBuffer().get(values, i, n);
		}
		return values;
	}

	private static long[] readLongs(DataInputStream data) throws IOException {
		int length = header(data, 'l');
		if (length < 0) {
			return null;
		}
		long[] values = new long[length];
		byte[] chunk = new byte[CHUNK];
		for (int i = 0; i < length; i += CHUNK / 8) {
			int n = Math.min(CHUNK / 8, length - i);
			data.readFully(chunk, 0, n * 8);
			ByteBuffer.wrap(chunk, 0, n * 8).asLongBuffer().get(values, i, n);
		}
		return values;
	}

	private static byte[] readBytes(DataInputStream data) throws IOException {
		int length = header(data, 'b');
		if (length < 0) {
			return null;
		}
		byte[] values = new byte[length];
		data.readFully(values);
		return values;
	}

	/** @return the length of the column that follows, or -1 for an absent optional column */
	private static int header(DataInputStream data, char kind) throws IOException {
		int tag = data.readUnsignedByte();
		if (tag == '-') {
			return -1;
		}
		if (tag != kind) {
			throw new IOException("the register file is damaged: expected a column of kind " + kind);
		}
		int length = data.readInt();
		if (length < 0) {
			throw new IOException("the register file is damaged: negative length");
		}
		return length;
	}

	/** Lets the codec close its deflater chain without closing the caller's stream. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	private static final class NonClosingInput extends java.io.FilterInputStream {
		NonClosingInput(InputStream in) {
			super(in);
		}

		@Override
		public void close() {
			// the caller closes its own stream
		}
	}
}
