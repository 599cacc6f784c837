/**
 * The Microsoft clients that may get a token for our API (`access_as_user`) without asking the
 * user: the app registration pre-authorises them (README "Register the app",
 * `infra/entra/aad.manifest.json`). The tab's SSO token must have been issued to one of them
 * (its `azp` claim); a token another app obtained for our API through user consent is refused.
 */
export const PREAUTHORIZED_CLIENTS: readonly { id: string; host: string }[] = [
  { id: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', host: 'Teams desktop and mobile' },
  { id: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346', host: 'Teams web' },
  { id: '4765445b-32c6-49b0-83e6-1d93765276ca', host: 'Microsoft 365 app' },
  { id: '0ec893e0-5785-4de6-99da-4ed124e5296c', host: 'Microsoft 365 app' },
  { id: '4345a7b9-9a63-4910-a426-35363201d503', host: 'Microsoft 365 app' },
  { id: 'd3590ed6-52b3-4102-aeff-aad2292ab01c', host: 'Outlook' },
  { id: 'bc59ab01-8403-45c6-8796-ac3ef710b3e3', host: 'Outlook' },
  { id: '00000002-0000-0ff1-ce00-000000000000', host: 'Outlook' },
  { id: '27922004-5251-4030-b22d-91ecd9a37ea4', host: 'Outlook' },
];

const preauthorized: ReadonlySet<string> = new Set(
  PREAUTHORIZED_CLIENTS.map((client) => client.id),
);

/** Whether a token's `azp` (the client it was issued to) is one of the pre-authorised clients. */
export function isPreauthorizedClient(azp: unknown): boolean {
  return typeof azp === 'string' && preauthorized.has(azp.toLowerCase());
}
