import { ApiError } from '../../../shared/api/errors';
import { api } from '../../api/client';

/** Whether the media store holds an image of this hash; only "not found" says no (a failed call keeps the figure). */
export async function mediaExists(hash: string): Promise<boolean> {
  try {
    await api['media.info']({ hash });
    return true;
  } catch (error) {
    return !(error instanceof ApiError && error.reason === 'media-not-found');
  }
}
