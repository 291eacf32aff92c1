// Council content for server tests, in the shape the OParl import writes it (server/features/council).
import type { CouncilWrite } from "../features/council/store";
import type { OparlFile, OparlPaper } from "../integrations/oparl-normalize";

export function paperWith(id: string, files: OparlFile[], name = `Vorlage ${id}`): OparlPaper {
  return { id: `https://ris.test/papers/${id}`, name, consultations: [], files, locations: [] };
}

export function fileAt(id: string, url: string, fields: Partial<OparlFile> = {}): OparlFile {
  return {
    id: `https://ris.test/files/${id}`,
    name: `Datei ${id}`,
    accessUrl: url,
    role: "mainFile",
    ...fields,
  };
}

/** A write that brings these papers and nothing else. */
export function papersWrite(papers: OparlPaper[], deletions: string[] = []): CouncilWrite {
  const none = { upserts: [], deletions: [] };
  return {
    organizations: none,
    persons: none,
    meetings: none,
    papers: { upserts: papers, deletions },
    memberships: none,
    locations: none,
  };
}
