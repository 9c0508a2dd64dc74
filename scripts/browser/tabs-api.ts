/** The bit of the `tabs` API that tests evaluate inside extension pages (`chrome` exists in both browsers). */
export interface ExtTabsApi {
  tabs: {
    query(q: object): Promise<{ id?: number; title?: string; url?: string; active: boolean }[]>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
}
