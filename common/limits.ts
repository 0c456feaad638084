// Limits shared by server schemas and web form rules.
export const limits = {
  codeMax: 32,
  nameMax: 100,
  usernameMin: 3,
  usernameMax: 32,
  displayNameMax: 50,
  passwordMin: 8,
  passwordMax: 128,
  phoneMax: 20,
  emailMax: 100,
  searchMax: 100,
  pageSizeMax: 200,
  textMax: 2000,
  passwordHistory: 5,
  /** Largest id (and id reference): ids are int4 columns (PostgreSQL integer/serial); larger values answer 400. */
  idMax: 2_147_483_647,
} as const;
