// Compile-time checks of pages: iterating a page (`for await`) gives the item type, the page is
// still the response type, `iterPages()` gives pages, and a page of a plain array is an array.
import type {
  PhoneNumber,
  PhoneNumberPaginatedResponse,
} from "../../../generated/typescript/src/index.js";
import type { VapiClient } from "../../../generated/typescript/src/index.js";
import type {
  Item,
  PagingClient,
  PersonPage,
} from "../../golden/pagination/expected_typescript/src/index.js";

export async function phoneNumbers(client: VapiClient): Promise<PhoneNumber[]> {
  const page = await client.phoneNumbers.listPaginated({ limit: 10 });
  const envelope: PhoneNumberPaginatedResponse = page; // the response as it was
  const total: number = envelope.metadata.totalItems;
  const out: PhoneNumber[] = [];
  for await (const number of page) out.push(number);
  // @ts-expect-error an item is a phone number, not a string
  for await (const number of page) out.push(number satisfies string);
  return total > 0 ? out : [];
}

export async function paging(client: PagingClient): Promise<number> {
  const people = await client.paging.listPeople({ page: 2, limit: 10 });
  const model: PersonPage = people;
  let count = model.results.length;
  for await (const person of people) {
    const item: Item = person;
    count += item.id.length;
  }
  for await (const page of people.iterPages()) {
    const results: Item[] = page.results;
    const more: boolean = page.hasNextPage();
    count += more ? results.length : 0;
  }
  const next = await people.getNextPage();
  // @ts-expect-error the next page may be null
  count += next.results.length;
  const events = await client.paging.listEvents({ limit: 2 });
  const first: Item | undefined = events[0]; // a plain array's page is an array
  for await (const event of events) count += event.id.length;
  return count + (first ? 1 : 0);
}
