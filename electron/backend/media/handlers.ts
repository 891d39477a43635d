import type { MethodHandlers } from '../handler-types';
import type { MediaService } from './media-service';

/** The media methods of the contract. */
export function mediaHandlers(media: MediaService) {
  return {
    'media.put': ({ data, fileName }) => media.put(data, fileName),
    'media.info': ({ hash }) => media.info(hash),
    'media.get': ({ hash }) => media.get(hash),
  } satisfies MethodHandlers;
}
