/** A GET form rather than a link: it is a button, and the download works without JavaScript. */
export function ExportCandidateButton({ candidateId }: { candidateId: string }) {
  return (
    <form method="get" action={`/dashboard/candidates/${candidateId}/export`}>
      <button type="submit" className="rounded-md border border-slate-400 bg-white px-4 py-2 font-medium hover:bg-slate-100">
        Export candidate data
      </button>
    </form>
  );
}
