import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";

/** Step one: paste the posting or upload it; the parser fills in the review form from it. */
export function PostingImportFields({ fieldErrors }: { fieldErrors: Record<string, string[] | undefined> }) {
  return (
    <div className="space-y-5">
      <TextAreaField
        name="postingText"
        label="Posting text"
        hint="Paste the whole posting: plain text, Markdown or HTML all work."
        rows={14}
        errors={fieldErrors.postingText}
      />
      <TextField
        name="postingFile"
        label="Or upload a file"
        type="file"
        accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
        hint="A .txt, .md, .html or .pdf file of at most 5 MB. A file takes precedence over pasted text."
        errors={fieldErrors.postingFile}
      />
      <button type="submit" name="intent" value="parse" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-600">
        Parse posting
      </button>
    </div>
  );
}
