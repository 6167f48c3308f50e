package dev.contrastive4j.runtime.run;

import com.google.inject.Singleton;
import jakarta.inject.Inject;

/**
 * The claim of one injector's model by the run that trains it. The parameters, the optimizer
 * (with Adam's moments) and the task of an injector are singletons: a second run on them would
 * start from the first run's trained state while its {@code config.json} says it started from
 * scratch, and two at once would train one model together. So an injector trains one run;
 * {@link ExperimentRun#embed}, which only reads the parameters, is not limited.
 */
@Singleton
public final class ModelClaim {
  private boolean taken;

  /** The claim of a new injector's model. */
  @Inject
  public ModelClaim() {}

  /**
   * Takes the claim for the calling run.
   *
   * @throws RunException if a run has taken it before
   */
  synchronized void take() {
    if (taken) {
      throw new RunException("this injector has already made a run: its parameters and "
          + "optimizer state are that run's, and another run would start from them; create a "
          + "new injector for each run (Guice.createInjector(new RunModule(experiment)))");
    }
    taken = true;
  }
}
