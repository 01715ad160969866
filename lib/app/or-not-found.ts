import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/services/errors";

/** Pages call services through this: a service's not-found becomes the 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
