/** What was already reminded on one proposal: the keys of the occasions, so each is sent once. */
export interface ReminderState {
  /** `<stakeholder>@<deadline>` of each review reminder sent. */
  reviews: string[];
  /** `<body>@<heldSince>` of each hold reminder sent. */
  holds: string[];
}
