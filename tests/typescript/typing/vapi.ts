// Compile-time checks of the emitted API (tsc --strict, exactOptionalPropertyTypes,
// noUncheckedIndexedAccess): what must type-check does, and every `@ts-expect-error` line must be
// an error, so a type that became too loose fails this file.
import {
  ApiStatusError,
  NotFoundError,
  VapiClient,
  type PhoneNumber,
  type RawResponse,
  type UpdatePhoneNumberRequest,
} from "../../../generated/typescript/src/index.js";

export async function usage(): Promise<void> {
  const client = new VapiClient({
    token: "t",
    baseUrl: "http://127.0.0.1:1",
    timeout: 1000,
    maxRetries: 1,
  });
  const number = await client.phoneNumbers.create({
    provider: "byo-phone-number",
    credentialId: "c",
  });
  await client.phoneNumbers.list({ limit: 10, createdAtGt: new Date() });
  await client.phoneNumbers.list();
  const page = await client.phoneNumbers.listPaginated({ sortOrder: "ASC", page: 2 });
  const first: PhoneNumber | undefined = page.results[0]; // noUncheckedIndexedAccess
  const got = await client.phoneNumbers.get(number.id, { signal: AbortSignal.timeout(10) });
  const patch: UpdatePhoneNumberRequest = { provider: "twilio", name: "x" };
  await client.phoneNumbers.update(got.id, patch);
  const raw: RawResponse<PhoneNumber> = await client.phoneNumbers.delete(got.id).withRawResponse();
  const status: number = raw.status;
  const response: Response = await client.phoneNumbers.get("x").asResponse();

  // a discriminated union narrows on its tag
  if (number.provider === "twilio") {
    const sid: string = number.twilioAccountSid;
    void sid;
  }
  // open enums: known values are suggested, new ones still type-check
  const order: NonNullable<Parameters<typeof client.phoneNumbers.listPaginated>[0]>["sortOrder"] =
    "RANDOM";

  try {
    await client.phoneNumbers.get("missing");
  } catch (error) {
    if (error instanceof NotFoundError) {
      const s: number = error.status;
      const h: Headers = error.headers;
      const b: unknown = error.body;
      void [s, h, b];
    } else if (error instanceof ApiStatusError) {
      void error.status;
    }
  }

  // @ts-expect-error the body is required
  await client.phoneNumbers.create();
  // @ts-expect-error a variant needs its own required fields (credentialId)
  await client.phoneNumbers.create({ provider: "byo-phone-number" });
  // @ts-expect-error an unknown provider is not a variant
  await client.phoneNumbers.create({ provider: "carrier-pigeon", credentialId: "c" });
  // @ts-expect-error limit is a number
  await client.phoneNumbers.list({ limit: "10" });
  // @ts-expect-error the id is positional, not in the params object
  await client.phoneNumbers.get({ id: "x" });
  // @ts-expect-error no such option
  new VapiClient({ apiKey: "t" });
  void [first, status, response, order];
}
