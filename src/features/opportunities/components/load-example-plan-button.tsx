import { useState } from 'react';
import { useNavigate } from 'react-router';
import { hrefs } from '../../../config/routes';
import { errorMessage } from '../../../ui/error-message';
import { useLoadExamplePlan } from '../api/use-opportunity-commands';
import { ErrorAlert } from '../../../ui/error-alert';

type LoadExamplePlanButtonProps = { isPrimary?: boolean };

/** Creates the capture guide's example plan (once) and opens it. */
export const LoadExamplePlanButton = ({ isPrimary = false }: LoadExamplePlanButtonProps) => {
  const loadExamplePlan = useLoadExamplePlan();
  const navigate = useNavigate();
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const handleClick = async () => {
    setIsLoading(true);
    setError(null);
    try {
      const { opportunityId } = await loadExamplePlan();
      await navigate(hrefs.opportunity(opportunityId));
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setIsLoading(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className={isPrimary ? 'button button-primary' : 'button'}
        onClick={() => void handleClick()}
        disabled={isLoading}
      >
        Load example plan
      </button>
      <ErrorAlert message={error} />
    </>
  );
};
