-- Resume files are stored out of line without PostgreSQL's compression (STORAGE EXTERNAL instead of
-- EXTENDED). What candidates upload is compressed already: a DOCX is a zip, and a PDF's streams are
-- deflated. pglz then only spends CPU inside the apply transaction to save nothing, and it gave up
-- only after trying each file's first kilobyte. Existing rows keep their form until rewritten.
ALTER TABLE "resumes" ALTER COLUMN "data" SET STORAGE EXTERNAL;
